package th.go.mol.oneplan.drive.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;

import java.time.LocalDate;
import java.util.List;

/**
 * Writes a new version of the One Plan, with the reason (e.g. an inspector's recommendation, cited by its
 * event id). The new version needs approval again; earlier versions stay visible.
 */
public record RevisePlan(@TargetAggregateIdentifier String driveId, String reason, String inspectionEventId,
                         String oneGoal, List<PlanProject> projects, LocalDate businessDate, boolean lateRecord,
                         Recording recording) implements DriveCommand {
}
