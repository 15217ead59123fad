package th.go.mol.oneplan.command.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.command.http.Baht;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.Allocation;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.drive.plan.PlanProject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A project of a plan version. Its money is either {@code allocations} (one per budget source and owner; an empty
 * list for a project run without money), or, for a project funded from one source by its own agency, the shorthand
 * {@code budget} with {@code budgetSource}.
 */
public record ProjectBody(
        @Schema(description = "The project's code within the plan; acts cite the project by it", example = "P1")
        @NotBlank @Size(max = 20) String projectCode,
        @NotBlank @Size(max = 500) String name,
        @NotNull Agency owningAgency,
        @Size(max = 200) String partnerAgency,
        @NotBlank @Size(max = 500) String targetGroup,
        @NotNull @Min(0) @Max(10_000_000) Integer targetHeadcount,
        @Schema(description = "The pilot sites: 6-digit subdistrict (tambon) codes of the drive's province")
        @Size(max = 200) List<@NotNull @Min(100000) @Max(999999) Integer> pilotSites,
        @Size(max = 20) List<@NotNull @Valid AllocationBody> allocations,
        @Schema(description = "shorthand for one allocation owned by owningAgency: baht, e.g. 35000.00")
        BigDecimal budget,
        @Schema(description = "the source of budget, with the shorthand")
        BudgetSource budgetSource) {

    PlanProject toProject(int index) {
        String at = "projects[" + index + "]";
        List<Integer> sites = pilotSites == null ? List.of() : pilotSites;
        if (allocations != null) {
            if (budget != null || budgetSource != null) {
                throw new InvalidValue(at + ".allocations", "allocations-or-budget", "give allocations, or budget"
                        + " with budgetSource for a project funded from one source, not both");
            }
            List<Allocation> stated = new ArrayList<>();
            for (int i = 0; i < allocations.size(); i++) {
                stated.add(allocations.get(i).toAllocation(at + ".allocations[" + i + "]"));
            }
            return new PlanProject(projectCode, name, owningAgency, partnerAgency, targetGroup, targetHeadcount,
                    sites, stated);
        }
        if (budget == null && budgetSource == null) {
            throw new InvalidValue(at + ".allocations", "required", "state the project's allocations (an empty"
                    + " list for a project run without money), or its budget and budgetSource");
        }
        if (budgetSource == null) {
            throw new InvalidValue(at + ".budgetSource", "required", "budgetSource is required with budget");
        }
        return new PlanProject(projectCode, name, owningAgency, partnerAgency, targetGroup, targetHeadcount, sites,
                Baht.toSatang(budget, at + ".budget"), budgetSource);
    }
}
