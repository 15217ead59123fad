package th.go.mol.oneplan.drive.plan;

import java.util.List;

/**
 * A project or activity of the One Plan. Budget is in satang (1 baht = 100 satang), an exact whole number.
 *
 * @param projectCode  the plan's own short code for the project, e.g. {@code P1}; field visits cite it
 * @param partnerAgency the partner's name when {@code owningAgency} is {@link Agency#PARTNER}
 * @param pilotSites    subdistrict (tambon) codes of the province where the project runs
 */
public record PlanProject(String projectCode, String name, Agency owningAgency, String partnerAgency,
                          String targetGroup, int targetHeadcount, List<Integer> pilotSites, long budgetSatang,
                          BudgetSource budgetSource) {
    public PlanProject {
        pilotSites = pilotSites == null ? List.of() : List.copyOf(pilotSites);
    }
}
