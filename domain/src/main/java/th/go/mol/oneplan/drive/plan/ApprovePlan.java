package th.go.mol.oneplan.drive.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;

/** Approves a plan version at a recorded working-group meeting; the business date is the meeting's date. */
public record ApprovePlan(@TargetAggregateIdentifier String driveId, int version, String meetingNumber,
                          boolean lateRecord, Recording recording) implements DriveCommand {
}
