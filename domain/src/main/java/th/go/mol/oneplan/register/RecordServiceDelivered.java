package th.go.mol.oneplan.register;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.plan.Agency;

import java.time.LocalDate;

/**
 * Records that a registered worker received a government service from an agency on a day, and, if it was part of
 * a provincial drive, the drive and the plan project it belongs to.
 *
 * @param partnerAgency the partner's name when {@code agency} is {@link Agency#PARTNER}
 * @param driveId       optional, e.g. {@code 84-2563}
 * @param projectCode   optional, the plan's code of the project, e.g. {@code P1}; only with a drive
 */
public record RecordServiceDelivered(@TargetAggregateIdentifier String workerId, Service service, Agency agency,
                                     String partnerAgency, LocalDate deliveredOn, String driveId, String projectCode,
                                     Recording recording) {
}
