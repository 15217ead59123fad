package th.go.mol.oneplan.centre;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;
import java.util.List;

/**
 * Adds members to, and removes members (by name) from, a centre's appointed committee, saying why. A member
 * changes role by being removed and added again in the same amendment.
 */
public record AmendCentreCommittee(@TargetAggregateIdentifier String centreId, List<CommitteeMember> membersAdded,
                                   List<String> membersRemoved, String reason, LocalDate amendedOn,
                                   Recording recording) {
}
