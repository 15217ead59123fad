package th.go.mol.oneplan.query.centrework;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A centre's quality-of-life plan for a fiscal year (BE), item by item, with the funders' decisions.
 *
 * @param requestedTotal baht asked for in all items
 * @param grantedTotal   baht granted by the decisions in force
 * @param funded         whether at least one item is granted
 * @param eventId        the event that submitted the plan
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record QualityOfLifePlanView(String centreId, String planId, int fiscalYear, LocalDate submittedOn,
                                    BigDecimal requestedTotal, BigDecimal grantedTotal, boolean funded,
                                    List<PlanItemView> items, String eventId, String recordedBy,
                                    Instant recordedAt) {
}
