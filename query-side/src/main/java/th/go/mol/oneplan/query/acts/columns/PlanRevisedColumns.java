package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.drive.plan.PlanRevised;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.List;
import java.util.Map;

/** {@link PlanRevised} in {@code drive_act_plan_revised}, its projects and their allocations as child rows. */
public final class PlanRevisedColumns implements ActColumns<PlanRevised> {
    private static final String TABLE = "drive_act_plan_revised";

    @Override
    public Class<PlanRevised> type() {
        return PlanRevised.class;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE, PlanProjectRows.PROJECTS, PlanProjectRows.ALLOCATIONS);
    }

    @Override
    public void write(ActWriter out, PlanRevised act) {
        out.row(TABLE, new ActRow().integer("plan_version", act.version())
                .integer("revises_version", act.revisesVersion()).text("reason", act.reason())
                .text("inspection_event_id", act.inspectionEventId()).text("one_goal", act.oneGoal()));
        PlanProjectRows.write(out, act.projects());
    }

    @Override
    public Map<VersionKey, PlanRevised> read(ActReader in) {
        Map<VersionKey, List<PlanProject>> projects = PlanProjectRows.read(in, this);
        return in.acts(this, TABLE, (rs, c) -> new PlanRevised(c.driveId(), c.eventId(), rs.getInt("plan_version"),
                rs.getInt("revises_version"), rs.getString("reason"), rs.getString("inspection_event_id"),
                rs.getString("one_goal"),
                projects.getOrDefault(new VersionKey(c.eventId(), rs.getInt("version")), List.of()), c.businessDate(),
                c.lateRecord(), c.recording()));
    }
}
