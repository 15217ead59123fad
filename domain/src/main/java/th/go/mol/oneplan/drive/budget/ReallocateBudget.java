package th.go.mol.oneplan.drive.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;

import java.time.LocalDate;

/** Moves an amount (satang) of one project's remaining allocation to another project of the plan in force. */
public record ReallocateBudget(@TargetAggregateIdentifier String driveId, String fromProjectCode,
                               String toProjectCode, long amountSatang, String reason, LocalDate businessDate,
                               boolean lateRecord, Recording recording) implements DriveCommand {
}
