package th.go.mol.oneplan.centre;

/**
 * One item of a quality-of-life plan: what it improves, what is to be done, the amount asked for in satang and
 * the funder asked. {@code otherSourceName} names the funder when the source is {@code OTHER}, and only then.
 * Items are numbered by their position in the plan, from 1.
 */
public record PlanItem(PlanItemCategory category, String description, long requestedSatang, FundingSource source,
                       String otherSourceName) {
}
