package th.go.mol.oneplan.query.statistics;

/** Asks for the 30% target of each pilot tambon of a programme; empty when there is no such programme. */
public record FindPilotTargets(String programmeId) {
}
