package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.plan.PlanDrafted;
import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.List;
import java.util.Map;

/** {@link PlanDrafted} in {@code drive_act_plan_drafted}, its projects and their allocations as child rows. */
public final class PlanDraftedColumns implements ActColumns<PlanDrafted> {
    private static final String TABLE = "drive_act_plan_drafted";

    @Override
    public Class<PlanDrafted> type() {
        return PlanDrafted.class;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE, PlanProjectRows.PROJECTS, PlanProjectRows.ALLOCATIONS);
    }

    @Override
    public void write(ActWriter out, PlanDrafted act) {
        out.row(TABLE, new ActRow().integer("plan_version", act.version()).text("one_goal", act.oneGoal()));
        PlanProjectRows.write(out, act.projects());
    }

    @Override
    public Map<VersionKey, PlanDrafted> read(ActReader in) {
        Map<VersionKey, List<PlanProject>> projects = PlanProjectRows.read(in, this);
        return in.acts(this, TABLE, (rs, c) -> new PlanDrafted(c.driveId(), c.eventId(), rs.getInt("plan_version"),
                rs.getString("one_goal"),
                projects.getOrDefault(new VersionKey(c.eventId(), rs.getInt("version")), List.of()), c.businessDate(),
                c.lateRecord(), c.recording()));
    }
}
