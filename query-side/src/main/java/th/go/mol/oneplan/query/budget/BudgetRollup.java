package th.go.mol.oneplan.query.budget;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.query.basis.Basis;

import java.util.List;

/**
 * A fiscal year's money across every province with a drive: national totals (with Thai words), per owning agency
 * (partners counted together as PARTNER, since each province names its own), per budget source, spending by
 * month, and each province's totals. At other clocks (docs/time-travel.md), each drive's acts as read at them, and
 * only the drives started in the record read.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BudgetRollup(int fiscalYear, Figures totals, DriveBudgetView.InWords inWords, long peopleReached,
                           @Schema(description = "The provinces' registered workers served added up: each worker"
                                   + " counted once per drive") long registeredWorkersServed,
                           List<ByAgency> agencies, List<DriveBudgetView.BySource> sources,
                           List<DriveBudgetView.Month> spendingByMonth, List<Province> provinces,
                           @Schema(description = "The clocks the answer was computed for and the last event of the"
                                   + " year's drives it includes")
                           Basis basis) {

    @Schema(name = "BudgetRollupByAgency", description = "An owning agency's money across the provinces; partners counted together as PARTNER")
    public record ByAgency(Agency agency, Figures figures) {
    }

    @Schema(name = "BudgetRollupProvince", description = "One province's totals")
    public record Province(String driveId, int provinceCode, String provinceNameTh, Figures figures,
                           long peopleReached, long registeredWorkersServed) {
    }
}
