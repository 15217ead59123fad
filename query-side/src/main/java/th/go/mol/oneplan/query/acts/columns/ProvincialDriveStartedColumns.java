package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.LeadOfficer;
import th.go.mol.oneplan.drive.ProvincialDriveStarted;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.List;
import java.util.Map;

/** {@link ProvincialDriveStarted} in {@code drive_act_provincial_drive_started}; no lead officer when both his columns are null. */
public final class ProvincialDriveStartedColumns implements ActColumns<ProvincialDriveStarted> {
    private static final String TABLE = "drive_act_provincial_drive_started";

    @Override
    public Class<ProvincialDriveStarted> type() {
        return ProvincialDriveStarted.class;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public void write(ActWriter out, ProvincialDriveStarted act) {
        LeadOfficer lead = act.leadOfficer();
        out.row(TABLE, new ActRow()
                .integer("province_code", act.provinceCode())
                .text("province_name_th", act.provinceNameTh())
                .text("province_name_en", act.provinceNameEn())
                .integer("fiscal_year", act.fiscalYear())
                .text("lead_officer_name", lead == null ? null : lead.name())
                .text("lead_officer_position", lead == null ? null : lead.position()));
    }

    @Override
    public Map<VersionKey, ProvincialDriveStarted> read(ActReader in) {
        return in.acts(this, TABLE, (rs, c) -> {
            String name = rs.getString("lead_officer_name");
            String position = rs.getString("lead_officer_position");
            return new ProvincialDriveStarted(c.driveId(), c.eventId(), rs.getInt("province_code"),
                    rs.getString("province_name_th"), rs.getString("province_name_en"), rs.getInt("fiscal_year"),
                    name == null && position == null ? null : new LeadOfficer(name, position), c.businessDate(),
                    c.lateRecord(), c.recording());
        });
    }
}
