package th.go.mol.oneplan.centre;

/**
 * The funder's answer to item {@code itemNumber} (from 1) of a plan: {@code GRANTED} with the amount granted in
 * satang (more than 0, at most the amount asked), or {@code REFUSED} with the funder's reason and nothing granted.
 */
public record FundingDecision(int itemNumber, FundingOutcome outcome, long grantedSatang, String reason) {
}
