package th.go.mol.oneplan.centre;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;
import java.util.List;

/** Appoints a tambon centre's committee; the business date is the day of the appointment. */
public record AppointCentreCommittee(@TargetAggregateIdentifier String centreId, List<CommitteeMember> members,
                                     LocalDate appointedOn, Recording recording) {
}
