package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.Allocation;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The projects of a plan version (drafted or revised) in the plan's order, in {@code drive_act_plan_project}, and
 * each project's allocations in {@code drive_act_plan_allocation} (by the project's ordinal).
 */
final class PlanProjectRows {
    static final String PROJECTS = "drive_act_plan_project";
    static final String ALLOCATIONS = "drive_act_plan_allocation";

    private PlanProjectRows() {
    }

    static void write(ActWriter out, List<PlanProject> projects) {
        List<ActRow> projectRows = new ArrayList<>();
        List<ActRow> allocationRows = new ArrayList<>();
        for (int p = 0; p < projects.size(); p++) {
            PlanProject project = projects.get(p);
            projectRows.add(new ActRow().integer("ordinal", p + 1).text("project_code", project.projectCode())
                    .text("name", project.name()).name("owning_agency", project.owningAgency())
                    .text("partner_agency", project.partnerAgency()).text("target_group", project.targetGroup())
                    .integer("target_headcount", project.targetHeadcount())
                    .integers("pilot_sites", project.pilotSites()));
            for (int a = 0; a < project.allocations().size(); a++) {
                Allocation allocation = project.allocations().get(a);
                allocationRows.add(new ActRow().integer("project_ordinal", p + 1).integer("ordinal", a + 1)
                        .name("budget_source", allocation.budgetSource()).name("agency", allocation.agency())
                        .text("partner_agency", allocation.partnerAgency())
                        .bigint("amount_satang", allocation.amountSatang()));
            }
        }
        out.rows(PROJECTS, projectRows);
        out.rows(ALLOCATIONS, allocationRows);
    }

    static Map<VersionKey, List<PlanProject>> read(ActReader in, ActColumns<?> kind) {
        Map<VersionKey, List<ProjectAllocation>> allocations = in.lists(kind, ALLOCATIONS,
                "t.project_ordinal, t.ordinal", (rs, n) -> new ProjectAllocation(rs.getInt("project_ordinal"),
                        new Allocation(Columns.name(rs, "budget_source", BudgetSource.class),
                                Columns.name(rs, "agency", Agency.class), rs.getString("partner_agency"),
                                rs.getLong("amount_satang"))));
        Map<VersionKey, List<NumberedProject>> projects = in.lists(kind, PROJECTS, "t.ordinal",
                (rs, n) -> new NumberedProject(new VersionKey(rs.getString("event_id"), rs.getInt("version")),
                        rs.getInt("ordinal"), rs.getString("project_code"), rs.getString("name"),
                        Columns.name(rs, "owning_agency", Agency.class), rs.getString("partner_agency"),
                        rs.getString("target_group"), rs.getInt("target_headcount"),
                        Columns.integers(rs, "pilot_sites")));
        Map<VersionKey, List<PlanProject>> read = new HashMap<>();
        projects.forEach((key, numbered) -> read.put(key, numbered.stream().map(p -> new PlanProject(p.projectCode(),
                p.name(), p.owningAgency(), p.partnerAgency(), p.targetGroup(), p.targetHeadcount(), p.pilotSites(),
                allocations.getOrDefault(key, List.of()).stream().filter(a -> a.projectOrdinal() == p.ordinal())
                        .map(ProjectAllocation::allocation).toList())).toList()));
        return read;
    }

    private record ProjectAllocation(int projectOrdinal, Allocation allocation) {
    }

    private record NumberedProject(VersionKey key, int ordinal, String projectCode, String name, Agency owningAgency,
                                   String partnerAgency, String targetGroup, int targetHeadcount,
                                   List<Integer> pilotSites) {
    }
}
