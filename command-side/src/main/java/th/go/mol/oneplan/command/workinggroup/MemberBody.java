package th.go.mol.oneplan.command.workinggroup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.drive.workinggroup.Member;
import th.go.mol.oneplan.drive.workinggroup.MemberRole;
import th.go.mol.oneplan.drive.workinggroup.Sector;

public record MemberBody(@NotBlank @Size(max = 200) String name,
                         @NotBlank @Size(max = 200) String position,
                         @NotBlank @Size(max = 200) String organisation,
                         @NotNull Sector sector,
                         @NotNull MemberRole role) {
    Member toMember() {
        return new Member(name, position, organisation, sector, role);
    }
}
