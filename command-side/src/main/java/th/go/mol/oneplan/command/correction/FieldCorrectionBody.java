package th.go.mol.oneplan.command.correction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record FieldCorrectionBody(@NotBlank @Size(max = 100) String field,
                                  @NotNull @Size(max = 4000) String correctedValue) {
}
