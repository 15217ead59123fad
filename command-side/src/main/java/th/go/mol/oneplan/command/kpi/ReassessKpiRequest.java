package th.go.mol.oneplan.command.kpi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** {@code reassessedOn}, the day the ministry decided it, defaults to today in Thailand. */
public record ReassessKpiRequest(
        @NotBlank @Size(max = 2000) String reason,
        LocalDate reassessedOn) {
}
