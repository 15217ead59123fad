package th.go.mol.oneplan.app.storage;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Appends an event to a drive's stream straight into {@code domainevententry}, as an earlier version of the
 * ledger would have stored it: for tests of reading old events (upcasters) and of records made under earlier rules.
 */
public final class StoredEvents {
    private StoredEvents() {
    }

    /**
     * Appends the payload (JSON, made for the event id the drive gives its next event) without a revision, with the
     * aggregate type, metadata and timestamp of the drive's last event. Answers the event id.
     */
    public static String appendWithoutRevision(JdbcTemplate jdbc, String driveId, Class<?> payloadType,
                                               Function<String, String> payloadForEventId) {
        Map<String, Object> last = jdbc.queryForMap("""
                SELECT sequencenumber, type, metadata, "timestamp" FROM domainevententry
                 WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1""", driveId);
        long sequence = ((Number) last.get("sequencenumber")).longValue() + 1;
        // Event ids are "<drive>/<n>", n counting from 1, so the event at sequence s is number s + 1.
        String eventId = driveId + "/" + (sequence + 1);
        jdbc.update("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                      metadata, payload, payloadrevision, payloadtype, "timestamp")
                        VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)""",
                driveId, sequence, last.get("type"), UUID.randomUUID().toString(), last.get("metadata"),
                payloadForEventId.apply(eventId).getBytes(StandardCharsets.UTF_8), payloadType.getName(),
                last.get("timestamp"));
        return eventId;
    }
}
