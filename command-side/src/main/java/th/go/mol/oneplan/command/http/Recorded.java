package th.go.mol.oneplan.command.http;

/** The answer to a command: the drive and the id of the event that records the act. */
public record Recorded(String driveId, String eventId) {
}
