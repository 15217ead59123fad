package th.go.mol.oneplan.drive.plan;

import th.go.mol.oneplan.drive.RecordedAct;

import java.util.List;

/** A version of the One Plan was written down: the first draft or a revision. */
public interface PlanVersionRecorded extends RecordedAct {
    int version();

    String oneGoal();

    List<PlanProject> projects();
}
