package th.go.mol.oneplan.command.drive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record OfficerBody(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String position) {
}
