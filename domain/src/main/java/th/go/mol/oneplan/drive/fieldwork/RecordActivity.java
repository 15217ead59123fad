package th.go.mol.oneplan.drive.fieldwork;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;
import th.go.mol.oneplan.drive.plan.Agency;

import java.time.LocalDate;

/**
 * Records an activity under a project of the approved plan (a training batch, a service day): where, how many
 * took part, what it spent from the project's allocation (satang) and which agency ran it.
 */
public record RecordActivity(@TargetAggregateIdentifier String driveId, LocalDate businessDate,
                             int siteSubdistrictCode, int participants, long amountSpentSatang, Agency agency,
                             String planProjectCode, String description, boolean lateRecord,
                             Recording recording) implements DriveCommand {
}
