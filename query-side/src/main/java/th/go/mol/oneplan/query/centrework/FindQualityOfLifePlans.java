package th.go.mol.oneplan.query.centrework;

/** Asks for a centre's quality-of-life plans; empty when the centre is unknown. */
public record FindQualityOfLifePlans(String centreId) {
}
