package th.go.mol.oneplan.command.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.command.http.Baht;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.Allocation;
import th.go.mol.oneplan.drive.plan.BudgetSource;

import java.math.BigDecimal;

@Schema(description = "Part of a project's budget: an amount from one budget source, owned by one agency")
public record AllocationBody(
        @Schema(description = "baht, at most two decimals, e.g. 150000.00") @NotNull BigDecimal amount,
        @NotNull BudgetSource budgetSource,
        @NotNull Agency agency,
        @Schema(description = "the partner's name when agency is PARTNER") @Size(max = 200) String partnerAgency) {

    Allocation toAllocation(String field) {
        return new Allocation(budgetSource, agency, partnerAgency, Baht.toSatang(amount, field + ".amount"));
    }
}
