package th.go.mol.oneplan.query.centrework;

/** Asks where a centre stands; empty when the centre is unknown. */
public record FindCentreProgress(String centreId) {
}
