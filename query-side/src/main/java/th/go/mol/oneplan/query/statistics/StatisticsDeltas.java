package th.go.mol.oneplan.query.statistics;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes to the area counters, summed before they are written: a batch of a hundred registrations in one tambon
 * becomes one update of the tambon's, district's, province's and nation's rows each, instead of a hundred. A move
 * is the worker's counts taken out of one area and put into another; what both share (the province, the nation
 * for a move within a province) sums to nothing and is not written at all.
 */
final class StatisticsDeltas {
    private static final int REGISTERED = 0;
    private static final int SERVED = 1;
    private static final int SERVICES = 2;

    /** Sorted, so that every writer updates rows in the same order. */
    private final Map<String, long[]> areas = new TreeMap<>();
    private final Map<String, Long> counts = new TreeMap<>();

    /** Counts the worker in (sign 1) or out of (sign -1) the areas holding their subdistrict. */
    void worker(WorkerFacts facts, int sign) {
        for (Area area : Area.holding(facts.subdistrictCode())) {
            long[] row = areas.computeIfAbsent(key(area), k -> new long[3]);
            row[REGISTERED] += sign;
            if (facts.served()) {
                row[SERVED] += sign;
            }
            for (String[] breakdown : facts.breakdowns()) {
                counts.merge(key(area) + "|" + breakdown[0] + "|" + breakdown[1], (long) sign, Long::sum);
            }
        }
    }

    /** A worker's facts changed: out with the old, in with the new; what did not change cancels out. */
    void changed(WorkerFacts before, WorkerFacts after) {
        worker(before, -1);
        worker(after, 1);
    }

    /** A service delivered in the subdistrict, by type and agency. */
    void service(int subdistrictCode, String service, String agency) {
        for (Area area : Area.holding(subdistrictCode)) {
            areas.computeIfAbsent(key(area), k -> new long[3])[SERVICES] += 1;
            counts.merge(key(area) + "|" + Dimension.SERVICE + "|" + service, 1L, Long::sum);
            counts.merge(key(area) + "|" + Dimension.AGENCY + "|" + agency, 1L, Long::sum);
        }
    }

    /** The pending change of an area's registered, served and services counters. */
    long[] pendingArea(Area area) {
        return areas.getOrDefault(key(area), new long[3]).clone();
    }

    /** The pending change of one breakdown of an area. */
    long pendingCount(Area area, String dimension, String value) {
        return counts.getOrDefault(key(area) + "|" + dimension + "|" + value, 0L);
    }

    /** Writes the summed changes and forgets them. */
    void flush(NamedParameterJdbcTemplate jdbc) {
        List<SqlParameterSource> areaRows = new ArrayList<>();
        areas.forEach((key, row) -> {
            if (row[REGISTERED] != 0 || row[SERVED] != 0 || row[SERVICES] != 0) {
                String[] area = key.split("\\|");
                areaRows.add(new MapSqlParameterSource().addValue("level", area[0])
                        .addValue("code", Integer.parseInt(area[1])).addValue("registered", row[REGISTERED])
                        .addValue("served", row[SERVED]).addValue("services", row[SERVICES]));
            }
        });
        List<SqlParameterSource> countRows = new ArrayList<>();
        counts.forEach((key, delta) -> {
            if (delta != 0) {
                String[] count = key.split("\\|");
                countRows.add(new MapSqlParameterSource().addValue("level", count[0])
                        .addValue("code", Integer.parseInt(count[1])).addValue("dimension", count[2])
                        .addValue("value", count[3]).addValue("delta", delta));
            }
        });
        if (!areaRows.isEmpty()) {
            jdbc.batchUpdate("""
                            INSERT INTO register_stats_area (area_level, area_code, registered, served, services)
                            VALUES (:level, :code, :registered, :served, :services)
                            ON CONFLICT (area_level, area_code) DO UPDATE
                               SET registered = register_stats_area.registered + EXCLUDED.registered,
                                   served = register_stats_area.served + EXCLUDED.served,
                                   services = register_stats_area.services + EXCLUDED.services""",
                    areaRows.toArray(SqlParameterSource[]::new));
            // An area whose three figures are back at zero is removed, as a counter is below and for the same reason:
            // a worker registered and moved away in one batch leaves no row, in two a row of zeros, and a rebuild
            // must give the live table row for row. A missing area reads as zeros. Only a negative delta can bring
            // a figure to zero.
            SqlParameterSource[] lowered = areaRows.stream()
                    .filter(row -> ((Number) row.getValue("registered")).longValue() < 0
                            || ((Number) row.getValue("served")).longValue() < 0
                            || ((Number) row.getValue("services")).longValue() < 0)
                    .toArray(SqlParameterSource[]::new);
            if (lowered.length > 0) {
                jdbc.batchUpdate("""
                                DELETE FROM register_stats_area
                                 WHERE area_level = :level AND area_code = :code
                                   AND registered = 0 AND served = 0 AND services = 0""",
                        lowered);
            }
        }
        if (!countRows.isEmpty()) {
            jdbc.batchUpdate("""
                            INSERT INTO register_stats_count (area_level, area_code, dimension, value, count)
                            VALUES (:level, :code, :dimension, :value, :delta)
                            ON CONFLICT (area_level, area_code, dimension, value) DO UPDATE
                               SET count = register_stats_count.count + EXCLUDED.count""",
                    countRows.toArray(SqlParameterSource[]::new));
            // A counter back at zero is removed, so that whether it has a row never depends on how events fell into
            // batches (a registration and a change in one batch sum to no row at all, in two batches to a row of
            // zero), and a rebuild gives the live table row for row. A missing counter reads as 0. Only a negative
            // delta can bring one to zero.
            SqlParameterSource[] lowered = countRows.stream()
                    .filter(row -> ((Number) row.getValue("delta")).longValue() < 0)
                    .toArray(SqlParameterSource[]::new);
            if (lowered.length > 0) {
                jdbc.batchUpdate("""
                                DELETE FROM register_stats_count
                                 WHERE area_level = :level AND area_code = :code AND dimension = :dimension
                                   AND value = :value AND count = 0""",
                        lowered);
            }
        }
        areas.clear();
        counts.clear();
    }

    private static String key(Area area) {
        return area.level().name() + "|" + area.code();
    }
}
