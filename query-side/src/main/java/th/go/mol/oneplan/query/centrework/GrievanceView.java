package th.go.mol.oneplan.query.centrework;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A grievance a registered worker brought to the centre; the worker by register id only.
 *
 * @param status            OPEN or RESOLVED
 * @param ageDays           for an open grievance, days from receivedOn to today in Thailand (Asia/Bangkok); null
 *                          once resolved
 * @param eventId           the event that recorded it
 * @param resolutionEventId the event that resolved it; null while open
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GrievanceView(String centreId, String grievanceId, String workerId, String topic, String otherTopic,
                            String channel, LocalDate receivedOn, String status, Long ageDays, String resolution,
                            LocalDate resolvedOn, String eventId, String recordedBy, Instant recordedAt,
                            String resolutionEventId, String resolvedBy, Instant resolvedAt) {
}
