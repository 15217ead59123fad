package th.go.mol.oneplan.command.budget;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.BudgetSource;

@Schema(description = "Which of a project's allocations is meant, by its budget source and owner; give only as much"
        + " as singles it out (nothing at all for a project with one allocation)")
public record AllocationRefBody(
        BudgetSource budgetSource,
        Agency agency,
        @Schema(description = "the partner's name when agency is PARTNER") @Size(max = 200) String partnerAgency) {

    public static AllocationRef toRef(AllocationRefBody body) {
        return body == null ? null : new AllocationRef(body.budgetSource, body.agency, body.partnerAgency);
    }
}
