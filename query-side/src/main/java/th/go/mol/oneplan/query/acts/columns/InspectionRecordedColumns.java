package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.inspection.InspectionRecorded;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.List;
import java.util.Map;

/** {@link InspectionRecorded} in {@code drive_act_inspection_recorded}, the recommendations as an array. */
public final class InspectionRecordedColumns implements ActColumns<InspectionRecorded> {
    private static final String TABLE = "drive_act_inspection_recorded";

    @Override
    public Class<InspectionRecorded> type() {
        return InspectionRecorded.class;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public void write(ActWriter out, InspectionRecorded act) {
        out.row(TABLE, new ActRow().text("inspector", act.inspector()).text("findings", act.findings())
                .texts("recommendations", act.recommendations()));
    }

    @Override
    public Map<VersionKey, InspectionRecorded> read(ActReader in) {
        return in.acts(this, TABLE, (rs, c) -> new InspectionRecorded(c.driveId(), c.eventId(),
                rs.getString("inspector"), rs.getString("findings"), Columns.texts(rs, "recommendations"),
                c.businessDate(), c.lateRecord(), c.recording()));
    }
}
