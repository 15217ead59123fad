package th.go.mol.oneplan.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event of a drive as the audit trail shows it: what happened (summary), the day it describes, who
 * recorded it when and with which command, and how it relates to corrections and KPI changes.
 *
 * @param correctsEventId for a correction, the act it corrects
 * @param correctedBy     for a corrected act, the corrections made to it, oldest first
 * @param causedByEventId for a KPI change, the act or correction that caused it
 * @param retroactive     recorded more than {@code oneplan.time-travel.retroactive-after-days} after its business
 *                        date (docs/time-travel.md)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditEntry(long position, String eventId, String eventType, LocalDate businessDate, Instant recordedAt,
                         String recordedBy, String commandId, boolean lateRecord, String summary,
                         String correctsEventId, List<String> correctedBy, String causedByEventId,
                         boolean retroactive) {
}
