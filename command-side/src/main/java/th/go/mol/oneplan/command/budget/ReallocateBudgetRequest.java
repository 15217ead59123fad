package th.go.mol.oneplan.command.budget;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

public record ReallocateBudgetRequest(
        @NotBlank @Size(max = 20) String fromProjectCode,
        @NotBlank @Size(max = 20) String toProjectCode,
        @Schema(description = "baht moved, more than 0, at most two decimals, e.g. 5000.00")
        @NotNull BigDecimal amount,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull LocalDate reallocatedOn,
        boolean lateRecord) {
}
