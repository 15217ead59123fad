package th.go.mol.oneplan.query.acts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
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

import java.util.List;
import java.util.Map;

/**
 * Folds recorded acts into {@code drive_act}, each as it reads now: a correction rewrites the stored act with
 * the domain's own {@link DriveHistory#applied} and notes the correction's id on it.
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
    void on(RecordedAct act) {
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
    void on(RecordCorrected correction) {
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
        jdbc.getJdbcTemplate().execute("TRUNCATE TABLE drive_act");
    }

    private record StoredRow(String eventType, String payload, List<String> correctedBy) {
    }
}
