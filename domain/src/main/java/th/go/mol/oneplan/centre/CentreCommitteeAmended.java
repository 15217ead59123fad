package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;
import java.util.List;

/** A centre's committee changed: the members added, the names of those removed, and why. */
public record CentreCommitteeAmended(String centreId, List<CommitteeMember> membersAdded,
                                     List<String> membersRemoved, String reason, LocalDate businessDate,
                                     Recording recording) {
    public CentreCommitteeAmended {
        membersAdded = List.copyOf(membersAdded);
        membersRemoved = List.copyOf(membersRemoved);
    }
}
