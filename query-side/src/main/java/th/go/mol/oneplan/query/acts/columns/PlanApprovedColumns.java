package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.plan.PlanApproved;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.List;
import java.util.Map;

/** {@link PlanApproved} in {@code drive_act_plan_approved}. */
public final class PlanApprovedColumns implements ActColumns<PlanApproved> {
    private static final String TABLE = "drive_act_plan_approved";

    @Override
    public Class<PlanApproved> type() {
        return PlanApproved.class;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public void write(ActWriter out, PlanApproved act) {
        out.row(TABLE, new ActRow().integer("plan_version", act.version()).text("meeting_number", act.meetingNumber())
                .text("meeting_event_id", act.meetingEventId()));
    }

    @Override
    public Map<VersionKey, PlanApproved> read(ActReader in) {
        return in.acts(this, TABLE, (rs, c) -> new PlanApproved(c.driveId(), c.eventId(), rs.getInt("plan_version"),
                rs.getString("meeting_number"), rs.getString("meeting_event_id"), c.businessDate(), c.lateRecord(),
                c.recording()));
    }
}
