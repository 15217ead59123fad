package th.go.mol.oneplan.query.centrework;

/** Asks for a centre's follow-ups; empty when the centre is unknown. */
public record FindFollowUps(String centreId) {
}
