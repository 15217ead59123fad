package th.go.mol.oneplan.query.centrework;

/** Asks for one grievance of a centre; empty when the centre or the grievance is unknown. */
public record FindGrievance(String centreId, String grievanceId) {
}
