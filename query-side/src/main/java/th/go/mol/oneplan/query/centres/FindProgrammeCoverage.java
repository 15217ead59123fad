package th.go.mol.oneplan.query.centres;

/** Asks for a pilot programme and its districts' pilots. */
public record FindProgrammeCoverage(String programmeId) {
}
