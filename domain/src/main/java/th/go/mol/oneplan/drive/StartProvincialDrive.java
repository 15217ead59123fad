package th.go.mol.oneplan.drive;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * Opens a province's drive for a fiscal year (step 1, plan and prepare), naming the lead officer and the
 * date the lead was assigned.
 */
public record StartProvincialDrive(@TargetAggregateIdentifier String driveId, int provinceCode, int fiscalYear,
                                   LeadOfficer leadOfficer, LocalDate businessDate, boolean lateRecord,
                                   Recording recording) implements DriveCommand {
}
