package th.go.mol.oneplan.query.budget;

import com.fasterxml.jackson.annotation.JsonInclude;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.BudgetSource;

import java.util.List;

/**
 * A drive's money: totals (with the amounts in Thai words, as official letters write them), per project, per
 * owning agency and per budget source, people reached, and spending by month.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DriveBudgetView(String driveId, int provinceCode, String provinceNameTh, int fiscalYear,
                              int planVersionInForce, Totals totals, List<Project> projects, List<ByAgency> agencies,
                              List<BySource> sources, List<Month> spendingByMonth) {

    public record Totals(Figures figures, InWords inWords, long peopleReached) {
    }

    public record InWords(String allocated, String spent, String remaining) {
    }

    public record Project(String projectCode, String name, Agency owningAgency, String partnerAgency,
                          BudgetSource budgetSource, boolean cancelled, Figures figures, long peopleReached) {
    }

    public record ByAgency(Agency agency, Figures figures) {
    }

    public record BySource(BudgetSource budgetSource, Figures figures) {
    }

    /** A calendar month, e.g. 2019-06, and what was spent in it. */
    public record Month(String month, Money spent) {
    }
}
