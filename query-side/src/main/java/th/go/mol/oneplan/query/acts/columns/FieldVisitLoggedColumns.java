package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.List;
import java.util.Map;

/**
 * {@link FieldVisitLogged} in {@code drive_act_field_visit_logged}: lists of names as arrays, the allocation spent
 * from in {@code funded_by_*} ({@link AllocationRefColumns}).
 */
public final class FieldVisitLoggedColumns implements ActColumns<FieldVisitLogged> {
    private static final String TABLE = "drive_act_field_visit_logged";

    @Override
    public Class<FieldVisitLogged> type() {
        return FieldVisitLogged.class;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public void write(ActWriter out, FieldVisitLogged act) {
        ActRow row = new ActRow().integer("site_subdistrict_code", act.siteSubdistrictCode())
                .text("site_name_th", act.siteNameTh()).text("venue", act.venue())
                .texts("agencies_present", act.agenciesPresent()).integer("people_reached", act.peopleReached())
                .texts("services_delivered", act.servicesDelivered()).text("plan_project_code", act.planProjectCode())
                .bigint("amount_spent_satang", act.amountSpentSatang()).text("centre_id", act.centreId())
                .texts("worker_ids", act.workerIds());
        AllocationRefColumns.write(row, "funded_by", act.fundedBy());
        out.row(TABLE, row);
    }

    @Override
    public Map<VersionKey, FieldVisitLogged> read(ActReader in) {
        return in.acts(this, TABLE, (rs, c) -> new FieldVisitLogged(c.driveId(), c.eventId(),
                rs.getInt("site_subdistrict_code"), rs.getString("site_name_th"), rs.getString("venue"),
                Columns.texts(rs, "agencies_present"), rs.getInt("people_reached"),
                Columns.texts(rs, "services_delivered"), rs.getString("plan_project_code"), c.businessDate(),
                c.lateRecord(), c.recording(), rs.getLong("amount_spent_satang"),
                AllocationRefColumns.read(rs, "funded_by"), rs.getString("centre_id"), Columns.texts(rs, "worker_ids")));
    }
}
