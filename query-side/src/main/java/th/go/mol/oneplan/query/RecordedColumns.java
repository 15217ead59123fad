package th.go.mol.oneplan.query;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import th.go.mol.oneplan.common.Recording;

/**
 * The columns a read row keeps about the event that wrote it ({@code event_id}, {@code recorded_by},
 * {@code recorded_at}), as named parameters {@code :eventId}, {@code :recordedBy}, {@code :recordedAt}. The event id
 * is the one the write side answered: the aggregate's id and the event's number in its stream, from 1.
 */
public final class RecordedColumns {
    private RecordedColumns() {
    }

    /** The event's id as the write side answered it, from Axon's sequence number (which starts at 0). */
    public static String eventId(String aggregateId, long sequence) {
        return aggregateId + "/" + (sequence + 1);
    }

    /** The parameters of the event numbered {@code sequence} in the aggregate's stream, recorded as it says. */
    public static MapSqlParameterSource of(String aggregateId, long sequence, Recording recording) {
        return new MapSqlParameterSource()
                .addValue("eventId", eventId(aggregateId, sequence))
                .addValue("recordedBy", recording.recordedBy())
                .addValue("recordedAt", Columns.timestamp(recording.recordedAt()));
    }
}
