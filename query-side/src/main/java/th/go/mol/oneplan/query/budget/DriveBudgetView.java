package th.go.mol.oneplan.query.budget;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import th.go.mol.oneplan.query.basis.Basis;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.BudgetSource;

import java.time.LocalDate;
import java.util.List;

/**
 * A drive's money: totals (with the amounts in Thai words, as official letters write them), per project, per
 * owning agency and per budget source, people reached, and spending by month.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DriveBudgetView(String driveId, int provinceCode, String provinceNameTh, int fiscalYear,
                              int planVersionInForce, Totals totals, List<Project> projects, List<ByAgency> agencies,
                              List<BySource> sources, List<Month> spendingByMonth,
                              List<Reallocation> reallocations,
                              @Schema(description = "The clocks the answer was computed for and the last event it includes")
                              Basis basis) {

    /**
     * @param peopleReached           field visits' people reached plus activities' participants (head counts, a
     *                                person reached twice counts twice)
     * @param registeredWorkersServed registered workers the drive served, each counted once (see the drive detail)
     */
    public record Totals(Figures figures, InWords inWords, long peopleReached,
                         @Schema(description = "Registered workers the drive served, each counted once however many"
                                 + " visits, activities and services reached them") long registeredWorkersServed) {
    }

    public record InWords(String allocated, String spent, String remaining) {
    }

    /** A project of the plan in force (or cancelled by a revision), its figures and each allocation's. */
    @Schema(name = "BudgetProject")
    public record Project(String projectCode, String name, Agency owningAgency, String partnerAgency,
                          boolean cancelled, Figures figures, long peopleReached, List<AllocationFigures> allocations) {
    }

    /**
     * One allocation of a project. A cancelled one (left out by a later approved version) keeps what it spent as
     * its allocation: the rest was released.
     */
    public record AllocationFigures(BudgetSource budgetSource, Agency agency, String partnerAgency, boolean cancelled,
                                    Figures figures) {
    }

    /** The money an agency owns, over its allocations in every project; a partner is named. */
    @Schema(name = "BudgetByAgency")
    public record ByAgency(Agency agency, String partnerAgency, Figures figures) {
    }

    /**
     * Money moved between allocations, with the reason. The allocations are null on a reallocation recorded before
     * they were named (each project then had one).
     */
    public record Reallocation(String eventId, LocalDate reallocatedOn, String fromProjectCode,
                               AllocationRef fromAllocation, String toProjectCode, AllocationRef toAllocation,
                               Money amount, String reason) {
    }

    public record BySource(BudgetSource budgetSource, Figures figures) {
    }

    /** A calendar month, e.g. 2019-06, and what was spent in it. */
    public record Month(String month, Money spent) {
    }
}
