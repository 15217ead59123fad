package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.FundingDecision;
import th.go.mol.oneplan.centre.FundingOutcome;
import th.go.mol.oneplan.centre.QualityOfLifePlanRules;
import th.go.mol.oneplan.command.http.Baht;

import java.math.BigDecimal;

/** A funder's answer to one item of the plan: granted (all or part of the amount asked) or refused, with why. */
public record FundingDecisionBody(
        @Schema(description = "The item's number in the plan, from 1", example = "1")
        @NotNull @Min(1) @Max(QualityOfLifePlanRules.ITEMS_MAX) Integer itemNumber,
        @NotNull FundingOutcome outcome,
        @Schema(description = "GRANTED: the amount granted in baht, at most two decimals, more than 0 and at most the"
                + " amount asked; REFUSED: omitted or 0", example = "30000.00")
        @DecimalMax(QualityOfLifePlanRules.ITEM_MAX_BAHT) BigDecimal grantedAmount,
        @Schema(description = "The funder's reason: required for REFUSED, optional for GRANTED")
        @Size(max = QualityOfLifePlanRules.REASON_MAX) String reason) {

    FundingDecision toDecision(String field) {
        long granted = grantedAmount == null && outcome == FundingOutcome.REFUSED ? 0
                : Baht.toSatang(grantedAmount, field + ".grantedAmount");
        return new FundingDecision(itemNumber, outcome, granted, reason);
    }
}
