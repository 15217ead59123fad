package th.go.mol.oneplan.query.kpi;

import com.fasterxml.jackson.core.type.TypeReference;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.kpi.Evidence;
import th.go.mol.oneplan.drive.kpi.KpiAssessment;
import th.go.mol.oneplan.drive.kpi.KpiAssessor;
import th.go.mol.oneplan.drive.kpi.KpiLevel;
import th.go.mol.oneplan.drive.kpi.LevelStatus;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.ReadModelJson;
import th.go.mol.oneplan.query.acts.DriveActs;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.travel.DriveBases;
import th.go.mol.oneplan.query.kpi.DriveKpi.Change;
import th.go.mol.oneplan.query.kpi.DriveKpi.EvidenceItem;
import th.go.mol.oneplan.query.kpi.DriveKpi.Level;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers for a drive's KPI. Now, where each level stands comes from the KPI events the drive recorded
 * ({@code drive_kpi_level}, {@code drive_kpi_change}); what an unreached level lacks comes from the domain's
 * own assessment of the drive's acts as they read now.
 *
 * <p>At other clocks (docs/time-travel.md) the levels are the domain's assessment of the acts as read at those
 * clocks (the same {@link KpiAssessor} the drive records its KPI events with, so for the record as it reads now
 * both agree while the rules have not changed since), and the history is the recorded changes recorded by
 * {@code recordedAsOf} and dated on or before {@code asOf}.
 */
@Component
@Profile("!command")
public class DriveKpiQueries {
    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {
    };

    private final NamedParameterJdbcTemplate jdbc;
    private final DriveActs driveActs;

    private final DriveBases bases;

    public DriveKpiQueries(NamedParameterJdbcTemplate jdbc, DriveActs driveActs, DriveBases bases) {
        this.jdbc = jdbc;
        this.driveActs = driveActs;
        this.bases = bases;
    }

    /** Empty when no drive has that id. */
    @QueryHandler
    public Optional<DriveKpi> handle(FindDriveKpi query) {
        Map<String, Object> drive = Map.of("driveId", query.driveId());
        Clocks clocks = query.clocks();
        Map<Integer, StoredLevel> stored = new HashMap<>();
        jdbc.query("SELECT level, reached, reached_on, evidence::text AS evidence FROM drive_kpi_level WHERE drive_id = :driveId",
                drive, rs -> {
                    stored.put(rs.getInt("level"), new StoredLevel(rs.getBoolean("reached"),
                            Columns.date(rs, "reached_on"), ReadModelJson.read(rs.getString("evidence"), EVIDENCE)));
                });
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, List<Change>> history = new HashMap<>();
        // Where each level stood after the changes read so far: a REACHED on the same day as the one before it,
        // with the evidence grown, reads as EVIDENCE_EXTENDED.
        Map<Integer, StoredLevel> standing = new HashMap<>();
        jdbc.query("""
                        SELECT level, change, business_date, evidence::text AS evidence, event_id, caused_by_event_id,
                               because, recorded_at, recorded_by
                          FROM drive_kpi_change
                         WHERE drive_id = :driveId
                         ORDER BY position""",
                drive, rs -> {
                    int level = rs.getInt("level");
                    KpiChange change = KpiChange.valueOf(rs.getString("change"));
                    LocalDate on = Columns.date(rs, "business_date");
                    Instant recordedAt = Columns.instant(rs, "recorded_at");
                    if (!clocks.recordedBy(recordedAt) || !clocks.happenedBy(on)) {
                        return;
                    }
                    if (change == KpiChange.REACHED) {
                        List<Evidence> evidence = ReadModelJson.read(rs.getString("evidence"), EVIDENCE);
                        StoredLevel before = standing.getOrDefault(level, StoredLevel.NOT_REACHED);
                        change = KpiChange.ofReached(before.reachedOn(), before.evidence(), on, evidence);
                        standing.put(level, new StoredLevel(true, on, evidence));
                    } else {
                        standing.remove(level);
                    }
                    history.computeIfAbsent(level, l -> new ArrayList<>()).add(new Change(change, on,
                            rs.getString("event_id"), rs.getString("caused_by_event_id"), rs.getString("because"),
                            recordedAt, rs.getString("recorded_by")));
                });
        // Now, the stored levels answer everything but what an unreached level lacks: the drive's acts are read and
        // assessed only when some level is unreached (or at other clocks), so that a drive with every level reached
        // answers from its two KPI tables whatever the length of its history.
        boolean everyLevelReachedNow = clocks.isNow() && stored.size() == KpiLevel.values().length
                && stored.values().stream().allMatch(StoredLevel::reached);
        KpiAssessment assessment = everyLevelReachedNow ? null
                : KpiAssessor.assess(DriveActs.historyOf(driveActs.of(query.driveId(), clocks)));
        if (!clocks.isNow()) {
            stored.clear();
            for (KpiLevel kpiLevel : KpiLevel.values()) {
                LevelStatus status = assessment.level(kpiLevel);
                stored.put(kpiLevel.number(), new StoredLevel(status.reached(), status.reachedOn(), status.evidence()));
            }
        }

        List<Level> levels = new ArrayList<>();
        int currentLevel = 0;
        boolean unbroken = true;
        for (KpiLevel kpiLevel : KpiLevel.values()) {
            StoredLevel level = stored.getOrDefault(kpiLevel.number(), StoredLevel.NOT_REACHED);
            unbroken = unbroken && level.reached();
            if (unbroken) {
                currentLevel = kpiLevel.number();
            }
            levels.add(new Level(kpiLevel.number(), kpiLevel.criterion(), level.reached(), level.reachedOn(),
                    level.evidence().stream().map(e -> new EvidenceItem(e.eventId(), e.type(), e.businessDate(),
                            e.documentReference())).toList(),
                    level.reached() ? null : assessment.level(kpiLevel).unmetBecause(),
                    history.getOrDefault(kpiLevel.number(), List.of())));
        }
        return Optional.of(new DriveKpi(query.driveId(), currentLevel, levels, bases.of(query.driveId(), clocks)));
    }

    private record StoredLevel(boolean reached, LocalDate reachedOn, List<Evidence> evidence) {
        static final StoredLevel NOT_REACHED = new StoredLevel(false, null, List.of());
    }
}
