package th.go.mol.oneplan.query.acts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.EventPosition;
import th.go.mol.oneplan.query.ReadModelJson;

import java.sql.Types;
import java.util.List;
import java.util.Map;

/**
 * Folds recorded acts into {@code drive_act_version}, every version of each: the act as recorded (version 1), and
 * one more version per correction, the act as that correction made it read (the domain's own
 * {@link DriveHistory#applied}), each with the recording and event-store position of the event that made it, so
 * that the record can be read as it stood at any instant (docs/time-travel.md).
 *
 * <p>It also keeps {@code drive_act}, each act as it reads now (a correction rewrites it), which nothing reads any
 * more: it is kept until a release drops it, so that a rollback finds it current.
 */
@Component
@Profile("!command")
@ProcessingGroup(DriveActsProjection.GROUP)
@AllowReplay
public class DriveActsProjection {
    public static final String GROUP = "drive-acts";

    private final NamedParameterJdbcTemplate jdbc;

    public DriveActsProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RecordedAct act, TrackingToken token) {
        // A re-delivered act lands on its version 1 again and changes nothing.
        jdbc.update("""
                        INSERT INTO drive_act_version (event_id, version, drive_id, position, act_type, business_date,
                                                       late_record, document_reference, global_position, recorded_at,
                                                       recorded_by, content)
                        VALUES (:eventId, 1, :driveId, :position, :eventType, :businessDate, :lateRecord,
                                :documentReference, :globalPosition, :recordedAt, :recordedBy, CAST(:payload AS jsonb))
                        ON CONFLICT DO NOTHING""",
                new MapSqlParameterSource()
                        .addValue("eventId", act.eventId())
                        .addValue("driveId", act.driveId())
                        .addValue("position", EventPosition.of(act.eventId()))
                        .addValue("eventType", ActTypes.nameOf(act))
                        .addValue("businessDate", act.businessDate())
                        .addValue("lateRecord", act.lateRecord())
                        .addValue("documentReference", act.documentReference(), Types.VARCHAR)
                        .addValue("globalPosition", globalPosition(token, act.eventId()))
                        .addValue("recordedAt", Columns.timestamp(act.recording().recordedAt()))
                        .addValue("recordedBy", act.recording().recordedBy())
                        .addValue("payload", ReadModelJson.write(act)));
        keepAsItReadsNow(act);
    }

    private void keepAsItReadsNow(RecordedAct act) {
        // DO NOTHING rather than update: a re-delivered act must not undo corrections already applied to it.
        jdbc.update("""
                        INSERT INTO drive_act (event_id, drive_id, position, event_type, business_date, late_record, payload)
                        VALUES (:eventId, :driveId, :position, :eventType, :businessDate, :lateRecord, CAST(:payload AS jsonb))
                        ON CONFLICT DO NOTHING""",
                new MapSqlParameterSource()
                        .addValue("eventId", act.eventId())
                        .addValue("driveId", act.driveId())
                        .addValue("position", EventPosition.of(act.eventId()))
                        .addValue("eventType", ActTypes.nameOf(act))
                        .addValue("businessDate", act.businessDate())
                        .addValue("lateRecord", act.lateRecord())
                        .addValue("payload", ReadModelJson.write(act)));
    }

    @EventHandler
    void on(RecordCorrected correction, TrackingToken token) {
        addVersion(correction, globalPosition(token, correction.eventId()));
        keepAsItReadsNow(correction);
    }

    /** The act as the correction makes it read, as the version after the latest one (unless already folded in). */
    private void addVersion(RecordCorrected correction, long globalPosition) {
        List<StoredVersion> latest = jdbc.query("""
                        SELECT version, drive_id, position, act_type, late_record, content::text AS content,
                               correction_event_id
                          FROM drive_act_version
                         WHERE event_id = :eventId
                         ORDER BY version DESC""",
                Map.of("eventId", correction.correctsEventId()),
                (rs, n) -> new StoredVersion(rs.getInt("version"), rs.getString("drive_id"), rs.getLong("position"),
                        rs.getString("act_type"), rs.getBoolean("late_record"), rs.getString("content"),
                        rs.getString("correction_event_id")));
        if (latest.isEmpty()) {
            // The aggregate accepted the correction, so the act exists: this read model has lost it.
            throw new IllegalStateException(correction.eventId() + " corrects " + correction.correctsEventId()
                    + ", which is not in drive_act_version; replay " + GROUP);
        }
        if (latest.stream().anyMatch(v -> correction.eventId().equals(v.correctionEventId()))) {
            return;
        }
        StoredVersion before = latest.get(0);
        RecordedAct now = DriveHistory.applied(ActTypes.read(before.actType(), before.content()),
                correction.corrections());
        jdbc.update("""
                        INSERT INTO drive_act_version (event_id, version, drive_id, position, act_type, business_date,
                                                       late_record, document_reference, global_position, recorded_at,
                                                       recorded_by, correction_event_id, correction_position,
                                                       what_was_wrong, content)
                        VALUES (:eventId, :version, :driveId, :position, :actType, :businessDate, :lateRecord,
                                :documentReference, :globalPosition, :recordedAt, :recordedBy, :correctionId,
                                :correctionPosition, :whatWasWrong, CAST(:content AS jsonb))""",
                new MapSqlParameterSource()
                        .addValue("eventId", correction.correctsEventId())
                        .addValue("version", before.version() + 1)
                        .addValue("driveId", before.driveId())
                        .addValue("position", before.position())
                        .addValue("actType", before.actType())
                        .addValue("businessDate", now.businessDate())
                        .addValue("lateRecord", before.lateRecord())
                        .addValue("documentReference", now.documentReference(), Types.VARCHAR)
                        .addValue("globalPosition", globalPosition)
                        .addValue("recordedAt", Columns.timestamp(correction.recording().recordedAt()))
                        .addValue("recordedBy", correction.recording().recordedBy())
                        .addValue("correctionId", correction.eventId())
                        .addValue("correctionPosition", EventPosition.of(correction.eventId()))
                        .addValue("whatWasWrong", correction.whatWasWrong())
                        .addValue("content", ReadModelJson.write(now)));
    }

    /**
     * The event's global index in the event store, from the token the processor reached with it (a replay's
     * token reads the same).
     */
    private static long globalPosition(TrackingToken token, String eventId) {
        if (token == null || token.position().isEmpty()) {
            throw new IllegalStateException("no event-store position for " + eventId + ": " + GROUP
                    + " must run in a streaming processor");
        }
        return token.position().getAsLong();
    }

    private void keepAsItReadsNow(RecordCorrected correction) {
        List<StoredRow> rows = jdbc.query("""
                        SELECT event_type, payload::text AS payload, corrected_by
                          FROM drive_act
                         WHERE event_id = :eventId
                           FOR UPDATE""",
                Map.of("eventId", correction.correctsEventId()),
                (rs, n) -> new StoredRow(rs.getString("event_type"), rs.getString("payload"),
                        Columns.texts(rs, "corrected_by")));
        if (rows.isEmpty()) {
            // The aggregate accepted the correction, so the act exists: this read model has lost it.
            throw new IllegalStateException(correction.eventId() + " corrects " + correction.correctsEventId()
                    + ", which is not in drive_act; replay " + GROUP);
        }
        StoredRow row = rows.get(0);
        if (row.correctedBy().contains(correction.eventId())) {
            return;
        }
        RecordedAct now = DriveHistory.applied(ActTypes.read(row.eventType(), row.payload()), correction.corrections());
        jdbc.update("""
                        UPDATE drive_act
                           SET payload = CAST(:payload AS jsonb),
                               business_date = :businessDate,
                               corrected = TRUE,
                               corrected_by = array_append(corrected_by, :correctionId)
                         WHERE event_id = :eventId""",
                new MapSqlParameterSource()
                        .addValue("payload", ReadModelJson.write(now))
                        .addValue("businessDate", now.businessDate())
                        .addValue("correctionId", correction.eventId())
                        .addValue("eventId", correction.correctsEventId()));
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute("TRUNCATE TABLE drive_act, drive_act_version");
    }

    private record StoredVersion(int version, String driveId, long position, String actType, boolean lateRecord,
                                 String content, String correctionEventId) {
    }

    private record StoredRow(String eventType, String payload, List<String> correctedBy) {
    }
}
