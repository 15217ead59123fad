package th.go.mol.oneplan.query;

/**
 * An event's place in its drive's stream, read from its id {@code "<driveId>/<n>"}: the read tables key rows
 * by it so that stream order survives a replay and a re-delivered event lands on the same row.
 */
public final class EventPosition {
    private EventPosition() {
    }

    public static long of(String eventId) {
        int slash = eventId == null ? -1 : eventId.lastIndexOf('/');
        if (slash < 0 || slash == eventId.length() - 1) {
            throw new IllegalArgumentException("event id '" + eventId + "' does not end in /<position>");
        }
        return Long.parseLong(eventId.substring(slash + 1));
    }
}
