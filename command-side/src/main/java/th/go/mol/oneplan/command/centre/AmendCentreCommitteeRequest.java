package th.go.mol.oneplan.command.centre;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.CentreCommitteeRules;

import java.time.LocalDate;
import java.util.List;

/** Members added to and removed (by name) from a centre's committee, and why. */
public record AmendCentreCommitteeRequest(
        @Size(max = CentreCommitteeRules.MEMBERS_MAX) List<@NotNull @Valid CommitteeMemberBody> membersAdded,
        @Size(max = CentreCommitteeRules.MEMBERS_MAX)
        List<@NotBlank @Size(max = CentreCommitteeRules.NAME_MAX) String> membersRemoved,
        @NotBlank @Size(max = CentreCommitteeRules.REASON_MAX) String reason,
        @NotNull LocalDate amendedOn) {
}
