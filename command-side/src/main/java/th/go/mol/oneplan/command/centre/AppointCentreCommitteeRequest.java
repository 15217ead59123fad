package th.go.mol.oneplan.command.centre;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.CentreCommitteeRules;

import java.time.LocalDate;
import java.util.List;

/** A centre's committee as appointed. */
public record AppointCentreCommitteeRequest(
        @NotEmpty @Size(max = CentreCommitteeRules.MEMBERS_MAX) List<@NotNull @Valid CommitteeMemberBody> members,
        @NotNull LocalDate appointedOn) {
}
