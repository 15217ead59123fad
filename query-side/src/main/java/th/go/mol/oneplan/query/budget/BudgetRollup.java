package th.go.mol.oneplan.query.budget;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A fiscal year's money across every province with a drive, and each province's totals. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BudgetRollup(int fiscalYear, Figures totals, DriveBudgetView.InWords inWords, long peopleReached,
                           List<Province> provinces) {

    public record Province(String driveId, int provinceCode, String provinceNameTh, Figures figures,
                           long peopleReached) {
    }
}
