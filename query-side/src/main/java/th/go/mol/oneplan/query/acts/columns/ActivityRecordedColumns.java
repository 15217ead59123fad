package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.fieldwork.ActivityRecorded;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.List;
import java.util.Map;

/**
 * {@link ActivityRecorded} in {@code drive_act_activity_recorded}: the workers served as an array, the allocation
 * spent from in {@code funded_by_*} ({@link AllocationRefColumns}).
 */
public final class ActivityRecordedColumns implements ActColumns<ActivityRecorded> {
    private static final String TABLE = "drive_act_activity_recorded";

    @Override
    public Class<ActivityRecorded> type() {
        return ActivityRecorded.class;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public void write(ActWriter out, ActivityRecorded act) {
        ActRow row = new ActRow().integer("site_subdistrict_code", act.siteSubdistrictCode())
                .text("site_name_th", act.siteNameTh()).integer("participants", act.participants())
                .bigint("amount_spent_satang", act.amountSpentSatang()).name("agency", act.agency())
                .text("plan_project_code", act.planProjectCode()).text("description", act.description())
                .texts("worker_ids", act.workerIds());
        AllocationRefColumns.write(row, "funded_by", act.fundedBy());
        out.row(TABLE, row);
    }

    @Override
    public Map<VersionKey, ActivityRecorded> read(ActReader in) {
        return in.acts(this, TABLE, (rs, c) -> new ActivityRecorded(c.driveId(), c.eventId(),
                rs.getInt("site_subdistrict_code"), rs.getString("site_name_th"), rs.getInt("participants"),
                rs.getLong("amount_spent_satang"), Columns.name(rs, "agency", Agency.class),
                rs.getString("plan_project_code"), rs.getString("description"), c.businessDate(), c.lateRecord(),
                c.recording(), AllocationRefColumns.read(rs, "funded_by"), Columns.texts(rs, "worker_ids")));
    }
}
