package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.QualityOfLifePlanRules;

import java.time.LocalDate;
import java.util.List;

/** The funders' decisions on items of a plan (การอนุมัติงบประมาณ). */
public record RecordPlanFundingRequest(
        @NotEmpty @Size(max = QualityOfLifePlanRules.ITEMS_MAX) List<@NotNull @Valid FundingDecisionBody> decisions,
        @Schema(description = "The day the funders decided: the business date") @NotNull LocalDate decidedOn,
        @Schema(description = "Only to change items already decided: why (a mistyped amount, an appeal)")
        @Size(max = QualityOfLifePlanRules.REASON_MAX) String correctionReason) {
}
