package th.go.mol.oneplan.command.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.command.http.Baht;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.drive.plan.PlanProject;

import java.math.BigDecimal;
import java.util.List;

public record ProjectBody(
        @NotBlank @Size(max = 20) String projectCode,
        @NotBlank @Size(max = 500) String name,
        @NotNull Agency owningAgency,
        @Size(max = 200) String partnerAgency,
        @NotBlank @Size(max = 500) String targetGroup,
        @NotNull @Min(0) @Max(10_000_000) Integer targetHeadcount,
        @Size(max = 200) List<@NotNull @Min(100000) @Max(999999) Integer> pilotSites,
        @NotNull BigDecimal budget,
        @NotNull BudgetSource budgetSource) {

    PlanProject toProject(int index) {
        return new PlanProject(projectCode, name, owningAgency, partnerAgency, targetGroup, targetHeadcount,
                pilotSites == null ? List.of() : pilotSites, Baht.toSatang(budget, "projects[" + index + "].budget"),
                budgetSource);
    }
}
