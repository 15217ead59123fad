package th.go.mol.oneplan.query.kpi;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.ProvincialDriveStarted;
import th.go.mol.oneplan.drive.kpi.Evidence;
import th.go.mol.oneplan.drive.kpi.KpiLevel;
import th.go.mol.oneplan.drive.kpi.KpiLevelLost;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.EventPosition;
import th.go.mol.oneplan.query.ReadModelJson;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Folds the KPI events the drive recorded into {@code drive_kpi_level} (where each level stands: the latest
 * event of that level decides) and {@code drive_kpi_change} (every change, for the inspector's history).
 */
@Component
@Profile("!command")
@ProcessingGroup(DriveKpiProjection.GROUP)
@AllowReplay
public class DriveKpiProjection {
    public static final String GROUP = "drive-kpi";

    private final NamedParameterJdbcTemplate jdbc;

    public DriveKpiProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A started drive has all five levels, none reached, so the KPI reads the same before any level moves. */
    @EventHandler
    void on(ProvincialDriveStarted started) {
        for (KpiLevel level : KpiLevel.values()) {
            jdbc.update("INSERT INTO drive_kpi_level (drive_id, level) VALUES (:driveId, :level) ON CONFLICT DO NOTHING",
                    new MapSqlParameterSource().addValue("driveId", started.driveId()).addValue("level", level.number()));
        }
    }

    @EventHandler
    void on(KpiLevelReached reached) {
        long position = EventPosition.of(reached.eventId());
        recordChange(change(reached.eventId(), reached.driveId(), position, reached.level(), KpiChange.REACHED,
                reached.businessDate(), reached.recording().recordedAt(), reached.recording().recordedBy())
                .addValue("previouslyReachedOn", null, Types.DATE)
                .addValue("evidence", ReadModelJson.write(reached.evidence()))
                .addValue("causedBy", reached.causedByEventId())
                .addValue("because", null, Types.VARCHAR));
        setLevel(reached.driveId(), reached.level(), position, reached.businessDate(), reached.evidence());
    }

    @EventHandler
    void on(KpiLevelLost lost) {
        long position = EventPosition.of(lost.eventId());
        recordChange(change(lost.eventId(), lost.driveId(), position, lost.level(), KpiChange.LOST,
                lost.businessDate(), lost.recording().recordedAt(), lost.recording().recordedBy())
                .addValue("previouslyReachedOn", lost.previouslyReachedOn(), Types.DATE)
                .addValue("evidence", "[]")
                .addValue("causedBy", lost.causedByEventId())
                .addValue("because", lost.because()));
        setLevel(lost.driveId(), lost.level(), position, null, List.of());
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute("TRUNCATE TABLE drive_kpi_level, drive_kpi_change");
    }

    private static MapSqlParameterSource change(String eventId, String driveId, long position, int level,
                                                KpiChange change, LocalDate on, Instant recordedAt,
                                                String recordedBy) {
        return new MapSqlParameterSource()
                .addValue("eventId", eventId)
                .addValue("driveId", driveId)
                .addValue("position", position)
                .addValue("level", level)
                .addValue("change", change.name())
                .addValue("businessDate", on)
                .addValue("recordedAt", Columns.timestamp(recordedAt))
                .addValue("recordedBy", recordedBy);
    }

    private void recordChange(MapSqlParameterSource change) {
        jdbc.update("""
                INSERT INTO drive_kpi_change (event_id, drive_id, position, level, change, business_date,
                                              previously_reached_on, evidence, caused_by_event_id, because,
                                              recorded_at, recorded_by)
                VALUES (:eventId, :driveId, :position, :level, :change, :businessDate, :previouslyReachedOn,
                        CAST(:evidence AS jsonb), :causedBy, :because, :recordedAt, :recordedBy)
                ON CONFLICT DO NOTHING""", change);
    }

    /** The level as the event says, unless a later event of that level is already folded in. */
    private void setLevel(String driveId, int level, long position, LocalDate reachedOn, List<Evidence> evidence) {
        jdbc.update("""
                        INSERT INTO drive_kpi_level (drive_id, level, reached, reached_on, evidence, last_event_position)
                        VALUES (:driveId, :level, :reached, :reachedOn, CAST(:evidence AS jsonb), :position)
                        ON CONFLICT (drive_id, level) DO UPDATE
                           SET reached = EXCLUDED.reached,
                               reached_on = EXCLUDED.reached_on,
                               evidence = EXCLUDED.evidence,
                               last_event_position = EXCLUDED.last_event_position
                         WHERE drive_kpi_level.last_event_position < EXCLUDED.last_event_position""",
                new MapSqlParameterSource()
                        .addValue("driveId", driveId)
                        .addValue("level", level)
                        .addValue("reached", reachedOn != null)
                        .addValue("reachedOn", reachedOn, Types.DATE)
                        .addValue("evidence", ReadModelJson.write(evidence))
                        .addValue("position", position));
    }
}
