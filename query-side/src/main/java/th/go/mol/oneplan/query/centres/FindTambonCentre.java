package th.go.mol.oneplan.query.centres;

/** Asks for a tambon centre with its committee and mentors. */
public record FindTambonCentre(String centreId) {
}
