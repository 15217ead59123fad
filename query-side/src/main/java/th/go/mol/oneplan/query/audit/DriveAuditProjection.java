package th.go.mol.oneplan.query.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.DriveEvent;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.drive.kpi.KpiLevelLost;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.EventPosition;

import java.sql.Types;

/**
 * Folds every event of a drive into {@code drive_audit_entry}, one line each in stream order. A correction's
 * line names the act it corrects, and the corrected act's line lists the corrections made to it.
 */
@Component
@Profile("!command")
@ProcessingGroup(DriveAuditProjection.GROUP)
@AllowReplay
public class DriveAuditProjection {
    public static final String GROUP = "drive-audit";

    private final NamedParameterJdbcTemplate jdbc;

    public DriveAuditProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RecordCorrected correction, TrackingToken token) {
        record(correction, correction.correctsEventId(), null, token);
        jdbc.update("""
                        UPDATE drive_audit_entry
                           SET corrected_by = array_append(corrected_by, :correctionId)
                         WHERE event_id = :correctedId
                           AND NOT (:correctionId = ANY (corrected_by))""",
                new MapSqlParameterSource()
                        .addValue("correctionId", correction.eventId())
                        .addValue("correctedId", correction.correctsEventId()));
    }

    @EventHandler
    void on(KpiLevelReached reached, TrackingToken token) {
        record(reached, null, reached.causedByEventId(), token);
    }

    @EventHandler
    void on(KpiLevelLost lost, TrackingToken token) {
        record(lost, null, lost.causedByEventId(), token);
    }

    @EventHandler
    void on(DriveEvent event, TrackingToken token) {
        record(event, null, null, token);
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute("TRUNCATE TABLE drive_audit_entry");
    }

    /**
     * A line per event; a line folded in before lines kept their event-store position (V19) gets it when the
     * event is folded in again, and is otherwise left as it is.
     */
    private void record(DriveEvent event, String correctsEventId, String causedByEventId, TrackingToken token) {
        jdbc.update("""
                        INSERT INTO drive_audit_entry (drive_id, position, event_id, event_type, business_date,
                                                       recorded_at, recorded_by, command_id, late_record, summary,
                                                       corrects_event_id, caused_by_event_id, global_position)
                        VALUES (:driveId, :position, :eventId, :eventType, :businessDate, :recordedAt, :recordedBy,
                                :commandId, :lateRecord, :summary, :correctsEventId, :causedByEventId, :globalPosition)
                        ON CONFLICT (drive_id, position) DO UPDATE
                           SET global_position = EXCLUDED.global_position
                         WHERE drive_audit_entry.global_position IS NULL""",
                new MapSqlParameterSource()
                        .addValue("driveId", event.driveId())
                        .addValue("position", EventPosition.of(event.eventId()))
                        .addValue("eventId", event.eventId())
                        .addValue("eventType", event.getClass().getSimpleName())
                        .addValue("businessDate", event.businessDate())
                        .addValue("recordedAt", Columns.timestamp(event.recording().recordedAt()))
                        .addValue("recordedBy", event.recording().recordedBy())
                        .addValue("commandId", event.recording().commandId())
                        .addValue("lateRecord", event.lateRecord())
                        .addValue("summary", AuditSummaries.of(event))
                        .addValue("correctsEventId", correctsEventId, Types.VARCHAR)
                        .addValue("causedByEventId", causedByEventId, Types.VARCHAR)
                        .addValue("globalPosition", token == null || token.position().isEmpty() ? null
                                : token.position().getAsLong(), Types.BIGINT));
    }
}
