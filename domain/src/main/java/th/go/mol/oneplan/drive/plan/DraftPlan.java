package th.go.mol.oneplan.drive.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;

import java.time.LocalDate;
import java.util.List;

/** Drafts the first version of the One Plan: the One Goal and its projects. It needs approval at a meeting. */
public record DraftPlan(@TargetAggregateIdentifier String driveId, String oneGoal, List<PlanProject> projects,
                        LocalDate businessDate, boolean lateRecord, Recording recording) implements DriveCommand {
}
