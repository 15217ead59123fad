package th.go.mol.oneplan.query.centrework;

/** Asks for a centre's grievances with that status; empty when the centre is unknown. */
public record FindGrievances(String centreId, GrievanceStatus status) {
}
