package th.go.mol.oneplan.query.travel;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.kpi.KpiAssessment;
import th.go.mol.oneplan.drive.kpi.KpiLevel;
import th.go.mol.oneplan.drive.kpi.LevelStatus;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.acts.ActVersion;
import th.go.mol.oneplan.query.acts.DriveActs;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.travel.DriveChanges.KpiLevelChanged;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers what changed in a drive's record between two instants: acts and corrections from the versions of its
 * acts ({@code drive_act_version}), KPI levels from the domain's assessment of the acts at each instant, each level's
 * change attributed to the latest KPI change the drive recorded for it in between ({@code drive_kpi_change}).
 */
@Component
@Profile("!command")
public class DriveChangesQueries {
    private final NamedParameterJdbcTemplate jdbc;
    private final DriveActs driveActs;
    private final DriveBases bases;
    private final Retroactivity retroactivity;

    public DriveChangesQueries(NamedParameterJdbcTemplate jdbc, DriveActs driveActs, DriveBases bases,
                               Retroactivity retroactivity) {
        this.jdbc = jdbc;
        this.driveActs = driveActs;
        this.bases = bases;
        this.retroactivity = retroactivity;
    }

    /** Empty when no drive has that id. */
    @QueryHandler
    public Optional<DriveChanges> handle(FindDriveChanges query) {
        String driveId = query.driveId();
        Boolean known = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM drive_audit_entry WHERE drive_id = :driveId)",
                Map.of("driveId", driveId), Boolean.class);
        if (!Boolean.TRUE.equals(known)) {
            return Optional.empty();
        }
        Instant from = query.from();
        Instant to = query.to();
        List<ActVersion> versions = driveActs.versions(driveId, new Clocks(null, to));
        KpiAssessment before = RecordChanges.kpiAt(versions, from);
        KpiAssessment after = RecordChanges.kpiAt(versions, to);
        List<KpiLevelChanged> levels = new ArrayList<>();
        for (KpiLevel level : KpiLevel.values()) {
            LevelStatus was = before.level(level);
            LevelStatus is = after.level(level);
            RecordChanges.levelChange(was, is).ifPresent(kind -> {
                Optional<RecordedKpiChange> recorded = lastRecordedChange(driveId, level, from, to);
                levels.add(new KpiLevelChanged(level.number(), level.criterion(), kind, was.reachedOn(),
                        is.reachedOn(), recorded.map(RecordedKpiChange::businessDate).orElse(null),
                        recorded.map(RecordedKpiChange::recordedAt).orElse(null),
                        recorded.map(RecordedKpiChange::recordedBy).orElse(null),
                        recorded.map(RecordedKpiChange::causedByEventId).orElse(null),
                        recorded.map(r -> retroactivity.retroactive(r.businessDate(), r.recordedAt())).orElse(false)));
            });
        }
        return Optional.of(new DriveChanges(driveId, bases.of(driveId, new Clocks(null, from)),
                bases.of(driveId, new Clocks(null, to)),
                RecordChanges.added(versions, from, to, retroactivity::retroactive),
                RecordChanges.corrected(versions, from, to, retroactivity::retroactive), levels));
    }

    private Optional<RecordedKpiChange> lastRecordedChange(String driveId, KpiLevel level, Instant from, Instant to) {
        return jdbc.query("""
                        SELECT business_date, recorded_at, recorded_by, caused_by_event_id
                          FROM drive_kpi_change
                         WHERE drive_id = :driveId AND level = :level
                           AND recorded_at > :from AND recorded_at <= :to
                         ORDER BY position DESC
                         LIMIT 1""",
                new MapSqlParameterSource()
                        .addValue("driveId", driveId)
                        .addValue("level", level.number())
                        .addValue("from", Columns.timestamp(from))
                        .addValue("to", Columns.timestamp(to)),
                (rs, n) -> new RecordedKpiChange(Columns.date(rs, "business_date"), Columns.instant(rs, "recorded_at"),
                        rs.getString("recorded_by"), rs.getString("caused_by_event_id")))
                .stream().findFirst();
    }

    private record RecordedKpiChange(LocalDate businessDate, Instant recordedAt, String recordedBy,
                                     String causedByEventId) {
    }
}
