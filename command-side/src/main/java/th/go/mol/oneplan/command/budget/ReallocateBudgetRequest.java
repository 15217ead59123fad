package th.go.mol.oneplan.command.budget;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
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
        boolean lateRecord,
        @Schema(description = "which allocation of fromProjectCode gives the money; needed only when it has more"
                + " than one") @Valid AllocationRefBody fromAllocation,
        @Schema(description = "which allocation of toProjectCode receives it; the money keeps its budget source, and"
                + " a project without an allocation from that source gets a new one, owned by the agency named here"
                + " or else by the project's owningAgency") @Valid AllocationRefBody toAllocation) {
}
