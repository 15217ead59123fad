package th.go.mol.oneplan.command.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

public record RecordInspectionRequest(
        @NotBlank @Size(max = 200) String inspector,
        @NotNull LocalDate inspectionDate,
        @NotBlank @Size(max = 8000) String findings,
        @Size(max = 100) List<@NotBlank @Size(max = 4000) String> recommendations,
        boolean lateRecord) {
}
