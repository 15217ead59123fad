package th.go.mol.oneplan.drive.budget;

import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.RuleContext;
import th.go.mol.oneplan.drive.fieldwork.PlanWork;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.drive.plan.PlanRules;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The money rules a drive checks before it records spending, a reallocation, a corrected amount or a plan
 * version: pure functions of the drive's {@link DriveBudget} as it reads now. Each answers the allocations the
 * event is to record in full, or refuses with the rule broken.
 */
public final class BudgetRules {
    /** The longest reason, as the HTTP API also states. */
    public static final int REASON_MAX = 2000;

    private BudgetRules() {
    }

    /** The allocations a reallocation moves money from and to. */
    public record Move(AllocationRef giver, AllocationRef receiver) {
    }

    /**
     * Spending more than the allocation's remaining money is refused: reallocate first. Answers the allocation
     * the amount comes from ({@code null} when nothing is spent and no allocation was named).
     */
    public static AllocationRef spending(DriveBudget budget, String projectCode, long amountSatang, AllocationRef named) {
        if (amountSatang < 0) {
            throw new InvalidValue("amountSpent", "not-negative", "amountSpent must not be negative");
        }
        if (amountSatang == 0 && (named == null || named.namesNothing())) {
            return null;
        }
        DriveBudget.AllocationLine line = oneAllocation(activeProject(budget, projectCode, "planProjectCode"), named,
                "fundedBy");
        if (amountSatang > line.remainingSatang()) {
            throw new RuleViolation("overspend", "project " + projectCode + " has allocated "
                    + baht(line.allocatedSatang()) + " from " + line.allocation() + ", spent "
                    + baht(line.spentSatang()) + ", remaining " + baht(line.remainingSatang()) + "; cannot spend "
                    + baht(amountSatang) + " (reallocate budget to it first)");
        }
        return line.allocation();
    }

    /** A reallocation, as recorded or as corrected (only its reason can be): the move still fits the budget it found. */
    public static void reallocated(BudgetReallocated reallocation, RuleContext c) {
        Require.text(reallocation.reason(), c.field("reason"), REASON_MAX);
        c.date(reallocation.businessDate(), reallocation.lateRecord(), "reallocatedOn");
        reallocation(DriveBudget.of(c.earlier()), reallocation.fromProjectCode(), reallocation.toProjectCode(),
                reallocation.amountSatang(), reallocation.fromAllocation(), reallocation.toAllocation());
    }

    /**
     * A reallocation moves part of one allocation's remaining money to another allocation of the plan in force:
     * another project's, or another owner's in the same project. Money keeps its budget source.
     */
    public static Move reallocation(DriveBudget budget, String fromProjectCode, String toProjectCode,
                                    long amountSatang, AllocationRef fromNamed, AllocationRef toNamed) {
        if (amountSatang <= 0) {
            throw new InvalidValue("amount", "positive", "a reallocation moves more than 0 baht");
        }
        if (amountSatang > PlanRules.AMOUNT_MAX_SATANG) {
            throw new InvalidValue("amount", "baht-range", "amount must be at most "
                    + PlanRules.AMOUNT_MAX_SATANG / 100 + " baht");
        }
        if (budget.versionInForce() == 0) {
            throw new RuleViolation("reallocation-needs-approved-plan",
                    "allocations come from an approved One Plan; none is approved yet");
        }
        DriveBudget.Project giverProject = activeProject(budget, fromProjectCode, "fromProjectCode");
        DriveBudget.Project receiverProject = activeProject(budget, toProjectCode, "toProjectCode");
        DriveBudget.AllocationLine giver = oneAllocation(giverProject, fromNamed, "fromAllocation");
        AllocationRef receiver = receivingAllocation(receiverProject, giver.allocation(), toNamed);
        if (fromProjectCode.equals(toProjectCode) && giver.allocation().equals(receiver)) {
            throw new InvalidValue("toProjectCode", "other-allocation",
                    "a reallocation moves money to another project or another owner");
        }
        if (amountSatang > giver.remainingSatang()) {
            throw new RuleViolation("reallocation-exceeds-remaining", "project " + fromProjectCode + " has only "
                    + baht(giver.remainingSatang()) + " remaining from " + giver.allocation() + " (allocated "
                    + baht(giver.allocatedSatang()) + ", spent " + baht(giver.spentSatang()) + "); cannot move "
                    + baht(amountSatang));
        }
        return new Move(giver.allocation(), receiver);
    }

    /**
     * A corrected amount is held to the same allocation as the spending it corrects: it may not take the
     * allocation below nothing, nor add to the spending of a cancelled allocation (whose unspent money was
     * released), nor spend where the act named no allocation and the project has several.
     *
     * @param before the budget as the drive reads now
     * @param after  the budget as it would read with the correction
     */
    public static void correctedSpending(DriveBudget before, DriveBudget after, PlanWork original, PlanWork corrected) {
        DriveBudget.Project project = before.project(corrected.planProjectCode()).orElse(null);
        if (project == null) {
            return;
        }
        if (corrected.fundedBy() == null && corrected.amountSpentSatang() > 0 && project.allocations().size() > 1) {
            throw new RuleViolation("corrected-spending-needs-allocation", original.eventId() + " spent nothing"
                    + " and names no allocation of project " + project.projectCode() + ", which is funded by "
                    + describe(project.allocations()) + "; record the spending as an act of its own");
        }
        AllocationRef ref = corrected.fundedBy();
        DriveBudget.AllocationLine line = after.project(project.projectCode()).orElseThrow().allocations().stream()
                .filter(l -> ref == null || l.allocation().equals(ref))
                .findFirst().orElse(null);
        if (line == null) {
            return;
        }
        if (line.cancelled() && corrected.amountSpentSatang() > original.amountSpentSatang()) {
            throw new RuleViolation("allocation-cancelled", "the allocation " + line.allocation() + " of project "
                    + project.projectCode() + " was cancelled by a plan revision and released its unspent money;"
                    + " its spending may be corrected down, not up");
        }
        if (line.remainingSatang() < 0) {
            throw new RuleViolation("overspend", "corrected to " + baht(corrected.amountSpentSatang()) + ", project "
                    + project.projectCode() + " would have spent " + baht(line.spentSatang()) + " from "
                    + line.allocation() + ", which has " + baht(line.allocatedSatang())
                    + " allocated (reallocate budget to it first)");
        }
    }

    /**
     * A plan version may not allocate less than an allocation has already spent. An allocation the version
     * leaves out is cancelled and keeps what it spent.
     *
     * @param version how the refusal names the version, e.g. "the revision" or "version 2"
     */
    public static void allocationsCoverSpending(DriveBudget budget, List<PlanProject> projects, String version) {
        for (PlanProject project : projects) {
            budget.project(project.projectCode()).ifPresent(spent -> {
                for (DriveBudget.AllocationLine line : spent.allocations()) {
                    project.allocations().stream()
                            .filter(stated -> stated.ref().equals(line.allocation()))
                            .filter(stated -> stated.amountSatang() < line.spentSatang())
                            .findFirst()
                            .ifPresent(stated -> {
                                throw new RuleViolation("allocation-below-spent", "project " + project.projectCode()
                                        + " has already spent " + baht(line.spentSatang()) + " from "
                                        + line.allocation() + "; " + version + " allocates it only "
                                        + baht(stated.amountSatang()));
                            });
                }
            });
        }
    }

    /**
     * The allocation that receives reallocated money: the receiving project's allocation from the giver's source
     * (money keeps its source), or a new one owned by the agency named, else by the agency leading the project.
     */
    private static AllocationRef receivingAllocation(DriveBudget.Project project, AllocationRef giver,
                                                     AllocationRef named) {
        if (named != null && named.budgetSource() != null && named.budgetSource() != giver.budgetSource()) {
            throw new RuleViolation("reallocation-keeps-source", "money from " + giver.budgetSource()
                    + " stays " + giver.budgetSource() + " money; it cannot become " + named.budgetSource()
                    + " (a change of source is a new allocation in a plan revision)");
        }
        AllocationRef wanted = new AllocationRef(giver.budgetSource(), named == null ? null : named.agency(),
                named == null ? null : named.partnerAgency());
        List<DriveBudget.AllocationLine> fitting = project.openAllocations(wanted);
        if (fitting.size() == 1) {
            return fitting.get(0).allocation();
        }
        if (fitting.size() > 1) {
            throw ambiguous(project, fitting, "toAllocation");
        }
        Agency owner = wanted.agency() != null ? wanted.agency() : project.owningAgency();
        String partner = owner != Agency.PARTNER ? null
                : wanted.partnerAgency() != null ? wanted.partnerAgency()
                : wanted.agency() == null ? project.partnerAgency() : null;
        if (owner == Agency.PARTNER && partner == null) {
            throw new InvalidValue("toAllocation.partnerAgency", "required",
                    "name the partner agency that will own the money moved to project " + project.projectCode());
        }
        return new AllocationRef(giver.budgetSource(), owner, partner);
    }

    private static DriveBudget.Project activeProject(DriveBudget budget, String projectCode, String field) {
        return budget.project(projectCode).filter(project -> !project.cancelled())
                .orElseThrow(() -> new RuleViolation("project-of-approved-plan", "project " + projectCode
                        + " is not in the plan version in force (version " + budget.versionInForce() + ")"));
    }

    /** The one allocation of the project that {@code named} fits; naming nothing fits a project's only allocation. */
    private static DriveBudget.AllocationLine oneAllocation(DriveBudget.Project project, AllocationRef named,
                                                            String field) {
        List<DriveBudget.AllocationLine> fitting = project.openAllocations(named);
        if (fitting.size() == 1) {
            return fitting.get(0);
        }
        if (fitting.isEmpty()) {
            List<DriveBudget.AllocationLine> all = project.openAllocations(null);
            throw new RuleViolation("allocation-of-project", "project " + project.projectCode()
                    + (all.isEmpty() ? " has no allocation" : " has no allocation from " + named + " (named in "
                    + field + "); it is funded by " + describe(all)));
        }
        throw ambiguous(project, fitting, field);
    }

    private static RuleViolation ambiguous(DriveBudget.Project project, List<DriveBudget.AllocationLine> fitting,
                                          String field) {
        return new RuleViolation("name-the-allocation", "project " + project.projectCode() + " is funded by "
                + describe(fitting) + "; name the one meant in " + field + " (its budgetSource and agency)");
    }

    private static String describe(List<DriveBudget.AllocationLine> lines) {
        return lines.stream().map(line -> line.allocation().toString()).collect(Collectors.joining(", "));
    }

    private static String baht(long satang) {
        return BigDecimal.valueOf(satang, 2).toPlainString() + " baht";
    }
}
