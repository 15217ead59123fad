package th.go.mol.oneplan.query.centrework;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A funder's decision on a plan item, as recorded.
 *
 * @param outcome          GRANTED or REFUSED
 * @param grantedAmount    baht granted (0.00 when refused)
 * @param reason           the funder's reason, for a refusal
 * @param correctionReason why this decision replaced an earlier one; null for a first decision
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FundingDecisionView(String outcome, BigDecimal grantedAmount, String reason, String correctionReason,
                                  LocalDate decidedOn, String eventId, String recordedBy, Instant recordedAt) {
}
