package th.go.mol.oneplan.drive.plan;

import java.util.List;

/**
 * A project or activity of the One Plan, and the allocations that fund it (amounts in satang, exact whole
 * numbers: 1 baht = 100 satang).
 *
 * @param projectCode   the plan's own short code for the project, e.g. {@code P1}; field visits cite it
 * @param owningAgency  the agency that leads the project; each allocation names the agency that owns its money
 * @param partnerAgency the partner's name when {@code owningAgency} is {@link Agency#PARTNER}
 * @param pilotSites    subdistrict (tambon) codes of the province where the project runs
 * @param allocations   at most one per budget source and owner; none for a project run without money
 */
public record PlanProject(String projectCode, String name, Agency owningAgency, String partnerAgency,
                          String targetGroup, int targetHeadcount, List<Integer> pilotSites,
                          List<Allocation> allocations) {
    public PlanProject {
        pilotSites = pilotSites == null ? List.of() : List.copyOf(pilotSites);
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }

    /** A project funded from one source, all of it owned by the agency that leads the project. */
    public PlanProject(String projectCode, String name, Agency owningAgency, String partnerAgency,
                       String targetGroup, int targetHeadcount, List<Integer> pilotSites, long budgetSatang,
                       BudgetSource budgetSource) {
        this(projectCode, name, owningAgency, partnerAgency, targetGroup, targetHeadcount, pilotSites,
                List.of(new Allocation(budgetSource, owningAgency, partnerAgency, budgetSatang)));
    }

    /** The project's whole budget: the sum of its allocations. */
    public long budgetSatang() {
        return allocations.stream().mapToLong(Allocation::amountSatang).sum();
    }
}
