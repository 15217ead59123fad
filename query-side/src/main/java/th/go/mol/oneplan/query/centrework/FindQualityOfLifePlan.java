package th.go.mol.oneplan.query.centrework;

/** Asks for one plan of a centre; empty when the centre or the plan is unknown. */
public record FindQualityOfLifePlan(String centreId, String planId) {
}
