package th.go.mol.oneplan.command.http;

/**
 * The answer to a command: the drive, the id of the event that records the act, and the drive's version after
 * it (the number of events in its stream), which a client sends back as {@code If-Match} to say "only if
 * nothing changed since".
 */
public record Recorded(String driveId, String eventId, long version) {
}
