package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.CentreCommitteeRules;
import th.go.mol.oneplan.centre.CommitteeMember;
import th.go.mol.oneplan.centre.CommitteeRole;

/** A member of a centre's committee (คณะกรรมการบริหารศูนย์ฯ). */
public record CommitteeMemberBody(
        @NotBlank @Size(max = CentreCommitteeRules.NAME_MAX) String name,
        @NotNull CommitteeRole role,
        @Schema(description = "A tambon labour volunteer (อสร.)") boolean labourVolunteer,
        @Schema(description = "The local government's representative (อปท.)") boolean localGovernmentRepresentative,
        @Schema(description = "The member's group or office; required for a local-government representative")
        @Size(max = CentreCommitteeRules.NAME_MAX) String organisation) {
    CommitteeMember toMember() {
        return new CommitteeMember(name, role, labourVolunteer, localGovernmentRepresentative, organisation);
    }
}
