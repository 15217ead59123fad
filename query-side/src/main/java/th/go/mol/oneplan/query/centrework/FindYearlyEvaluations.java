package th.go.mol.oneplan.query.centrework;

/** Asks for a centre's yearly evaluations; empty when the centre is unknown. */
public record FindYearlyEvaluations(String centreId) {
}
