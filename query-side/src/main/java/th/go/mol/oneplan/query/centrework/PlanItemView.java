package th.go.mol.oneplan.query.centrework;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * An item of a quality-of-life plan with the funder's answer.
 *
 * @param itemNumber      the item's number in the plan, from 1 (what funding decisions name)
 * @param requestedAmount baht asked for
 * @param decision        the decision in force (the latest); null while the funder has not answered
 * @param decisions       every decision on the item, first to latest (a correction adds one)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlanItemView(int itemNumber, String category, String description, BigDecimal requestedAmount,
                           String source, String otherSourceName, FundingDecisionView decision,
                           List<FundingDecisionView> decisions) {
}
