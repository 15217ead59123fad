package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;
import java.util.List;

/** A tambon centre's committee was appointed with the members listed. */
public record CentreCommitteeAppointed(String centreId, List<CommitteeMember> members, LocalDate businessDate,
                                       Recording recording) {
    public CentreCommitteeAppointed {
        members = List.copyOf(members);
    }
}
