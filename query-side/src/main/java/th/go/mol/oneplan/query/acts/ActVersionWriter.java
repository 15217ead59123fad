package th.go.mol.oneplan.query.acts;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.EventPosition;

import java.sql.Types;

/**
 * Writes one version of an act: its row of {@code drive_act_version} (what every act has) and its rows in its
 * type's tables ({@link ActColumns}): one statement a table.
 */
@Component
@Profile("!command")
public class ActVersionWriter {
    private final NamedParameterJdbcTemplate jdbc;

    public ActVersionWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the version. Version 1 of an act already kept is left as it is (a re-delivered act changes nothing);
     * a later version is made by one correction only once (the caller checks), so a second one is an error.
     */
    public void write(ActVersion version) {
        RecordedAct act = version.act();
        int written = jdbc.update("""
                        INSERT INTO drive_act_version (event_id, version, drive_id, position, act_type, business_date,
                                                       late_record, document_reference, global_position, recorded_at,
                                                       recorded_by, correction_event_id, correction_position,
                                                       what_was_wrong, act_recorded_by, act_recorded_at,
                                                       act_recorded_nano, act_command_id)
                        VALUES (:eventId, :version, :driveId, :position, :actType, :businessDate, :lateRecord,
                                :documentReference, :globalPosition, :recordedAt, :recordedBy, :correctionId,
                                :correctionPosition, :whatWasWrong, :actRecordedBy, :actRecordedAt, :actRecordedNano,
                                :actCommandId)""" + (version.original() ? " ON CONFLICT DO NOTHING" : ""),
                new MapSqlParameterSource()
                        .addValue("eventId", version.eventId())
                        .addValue("version", version.version())
                        .addValue("driveId", act.driveId())
                        .addValue("position", version.position())
                        .addValue("actType", version.actType())
                        .addValue("businessDate", version.businessDate())
                        .addValue("lateRecord", act.lateRecord())
                        .addValue("documentReference", act.documentReference(), Types.VARCHAR)
                        .addValue("globalPosition", version.globalPosition())
                        .addValue("recordedAt", Columns.timestamp(version.recordedAt()))
                        .addValue("recordedBy", version.recordedBy())
                        .addValue("correctionId", version.correctionEventId(), Types.VARCHAR)
                        .addValue("correctionPosition", version.original() ? null
                                : EventPosition.of(version.correctionEventId()), Types.BIGINT)
                        .addValue("whatWasWrong", version.whatWasWrong(), Types.VARCHAR)
                        .addValue("actRecordedBy", act.recording().recordedBy())
                        .addValue("actRecordedAt", Columns.micros(act.recording().recordedAt()))
                        .addValue("actRecordedNano", act.recording().recordedAt().getNano())
                        .addValue("actCommandId", act.recording().commandId()));
        if (written == 1) {
            ActTypes.columns(version.actType()).writeAct(new ActWriter(jdbc, version.key()), act);
        }
    }
}
