package th.go.mol.oneplan.query.drives;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.DriveEvent;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.LeadOfficer;
import th.go.mol.oneplan.drive.ProvincialDriveStarted;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.drive.kpi.KpiLevelLost;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.EventPosition;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Folds a drive's events into its {@code drive_overview} row: who leads it, its current KPI level, and how far
 * its stream has gone. Every handler first moves the row to the event's position, and does nothing more when
 * the row is already there (a re-delivered event).
 */
@Component
@Profile("!command")
@ProcessingGroup(DriveOverviewProjection.GROUP)
@AllowReplay
public class DriveOverviewProjection {
    public static final String GROUP = "drive-overview";

    private final NamedParameterJdbcTemplate jdbc;

    public DriveOverviewProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProvincialDriveStarted started) {
        jdbc.update("""
                        INSERT INTO drive_overview (drive_id, province_code, province_name_th, province_name_en,
                                                    fiscal_year, lead_officer_name, lead_officer_position,
                                                    lead_assigned_on, last_recorded_at, event_count)
                        VALUES (:driveId, :provinceCode, :provinceNameTh, :provinceNameEn, :fiscalYear, :leadName,
                                :leadPosition, :leadAssignedOn, :recordedAt, :position)
                        ON CONFLICT (drive_id) DO NOTHING""",
                startedColumns(started)
                        .addValue("recordedAt", Columns.timestamp(started.recording().recordedAt()))
                        .addValue("position", EventPosition.of(started.eventId())));
    }

    @EventHandler
    void on(KpiLevelReached reached) {
        if (advance(reached)) {
            setLevel(reached.driveId(), reached.level(), reached.businessDate());
        }
    }

    @EventHandler
    void on(KpiLevelLost lost) {
        if (advance(lost)) {
            setLevel(lost.driveId(), lost.level(), null);
        }
    }

    /** A correction of the drive's start can change its lead officer or the day the lead was assigned. */
    @EventHandler
    void on(RecordCorrected correction) {
        if (!advance(correction)
                || !correction.correctedEventType().equals(ProvincialDriveStarted.class.getSimpleName())) {
            return;
        }
        ProvincialDriveStarted now = (ProvincialDriveStarted) DriveHistory.applied(startAsRecorded(correction),
                correction.corrections());
        jdbc.update("""
                        UPDATE drive_overview
                           SET lead_officer_name = :leadName,
                               lead_officer_position = :leadPosition,
                               lead_assigned_on = :leadAssignedOn
                         WHERE drive_id = :driveId""",
                startedColumns(now));
    }

    @EventHandler
    void on(DriveEvent event) {
        advance(event);
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute("TRUNCATE TABLE drive_overview");
    }

    /**
     * The drive's start as the row reads it, for the domain to apply a correction to. Who recorded the start is
     * not kept here and no correction reads it, so the correction's own recording stands in.
     */
    private ProvincialDriveStarted startAsRecorded(RecordCorrected correction) {
        return jdbc.queryForObject("""
                        SELECT province_code, province_name_th, province_name_en, fiscal_year, lead_officer_name,
                               lead_officer_position, lead_assigned_on
                          FROM drive_overview
                         WHERE drive_id = :driveId""",
                Map.of("driveId", correction.driveId()),
                (rs, n) -> new ProvincialDriveStarted(correction.driveId(), correction.correctsEventId(),
                        rs.getInt("province_code"), rs.getString("province_name_th"), rs.getString("province_name_en"),
                        rs.getInt("fiscal_year"), new LeadOfficer(rs.getString("lead_officer_name"),
                        rs.getString("lead_officer_position")), Columns.date(rs, "lead_assigned_on"), false,
                        correction.recording()));
    }

    /** Moves the row to the event; false when the event was already folded in. */
    private boolean advance(DriveEvent event) {
        return jdbc.update("""
                        UPDATE drive_overview
                           SET event_count = :position,
                               last_recorded_at = GREATEST(last_recorded_at, :recordedAt)
                         WHERE drive_id = :driveId
                           AND event_count < :position""",
                new MapSqlParameterSource()
                        .addValue("driveId", event.driveId())
                        .addValue("position", EventPosition.of(event.eventId()))
                        .addValue("recordedAt", Columns.timestamp(event.recording().recordedAt()))) == 1;
    }

    private void setLevel(String driveId, int level, LocalDate reachedOn) {
        Map<String, Object> drive = Map.of("driveId", driveId);
        jdbc.update("UPDATE drive_overview SET kpi_reached_on[" + checkedLevel(level) + "] = :reachedOn WHERE drive_id = :driveId",
                new MapSqlParameterSource(drive).addValue("reachedOn", reachedOn, Types.DATE));
        List<LocalDate> reachedOnByLevel = jdbc.query("SELECT kpi_reached_on FROM drive_overview WHERE drive_id = :driveId",
                drive, (rs, n) -> dates(rs.getArray("kpi_reached_on"))).get(0);
        CurrentLevel current = CurrentLevel.of(reachedOnByLevel);
        jdbc.update("""
                        UPDATE drive_overview
                           SET kpi_level = :level,
                               kpi_level_reached_on = :reachedOn
                         WHERE drive_id = :driveId""",
                new MapSqlParameterSource(drive)
                        .addValue("level", current.level())
                        .addValue("reachedOn", current.reachedOn(), Types.DATE));
    }

    /** The level goes into the SQL text (an array index), so it must be one of the five. */
    private static int checkedLevel(int level) {
        if (level < 1 || level > CurrentLevel.LEVELS) {
            throw new IllegalArgumentException("KPI level " + level + " is not one of 1.." + CurrentLevel.LEVELS);
        }
        return level;
    }

    private static List<LocalDate> dates(Array array) throws SQLException {
        try {
            Object[] values = (Object[]) array.getArray();
            LocalDate[] dates = new LocalDate[values.length];
            for (int i = 0; i < values.length; i++) {
                dates[i] = values[i] == null ? null : ((Date) values[i]).toLocalDate();
            }
            return Arrays.asList(dates);
        } finally {
            array.free();
        }
    }

    /** The parameters naming a started drive and its lead, as the overview's columns hold them. */
    private static MapSqlParameterSource startedColumns(ProvincialDriveStarted started) {
        return new MapSqlParameterSource()
                .addValue("driveId", started.driveId())
                .addValue("provinceCode", started.provinceCode())
                .addValue("provinceNameTh", started.provinceNameTh())
                .addValue("provinceNameEn", started.provinceNameEn())
                .addValue("fiscalYear", started.fiscalYear())
                .addValue("leadName", started.leadOfficer().name())
                .addValue("leadPosition", started.leadOfficer().position())
                .addValue("leadAssignedOn", started.businessDate());
    }
}
