package th.go.mol.oneplan.query.statistics;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.basis.Basis;
import th.go.mol.oneplan.query.basis.Clocks;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An area's register statistics at a basis, folded from {@code register_stats_event} at read time: for each worker
 * who ever lived in the area, each fact is the last value an event within the basis set (in the worker's stream
 * order), and a worker counts where they lived by then. Unlike the counters, an answer costs as much as the area
 * has events: a tambon's is quick, the nation's reads every worker's events (docs/time-travel.md).
 */
final class StatisticsAtBasis {
    private final NamedParameterJdbcTemplate jdbc;

    StatisticsAtBasis(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the area, and of each of its parts by part code, at the clocks' basis. */
    Figures of(AreaLevel level, int code, Clocks clocks) {
        int low = low(level, code);
        int high = high(level, code);
        int partDivisor = level.parts() == null ? 1 : divisor(level.parts());
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("low", low).addValue("high", high).addValue("partDivisor", partDivisor)
                .addValue("asOf", clocks.asOf())
                .addValue("recordedAsOf", clocks.recordedAsOf() == null ? null
                        : Columns.timestamp(clocks.recordedAsOf()));
        Figures figures = new Figures();
        jdbc.query("""
                        WITH visible AS (
                            SELECT e.*
                              FROM register_stats_event e
                             WHERE e.worker_id IN (SELECT worker_id FROM register_stats_event
                                                    WHERE subdistrict_code BETWEEN :low AND :high)
                               AND e.business_date <= COALESCE(CAST(:asOf AS date), e.business_date)
                               AND e.recorded_at <= COALESCE(CAST(:recordedAsOf AS timestamptz), e.recorded_at)
                        ), worker AS (
                            SELECT worker_id,
                                   bool_or(registered) AS registered,
                                   (array_agg(subdistrict_code ORDER BY sequence DESC)
                                        FILTER (WHERE subdistrict_code IS NOT NULL))[1] AS subdistrict_code,
                                   (array_agg(sex ORDER BY sequence DESC) FILTER (WHERE sex IS NOT NULL))[1] AS sex,
                                   (array_agg(age_band ORDER BY sequence DESC)
                                        FILTER (WHERE age_band IS NOT NULL))[1] AS age_band,
                                   (array_agg(occupation ORDER BY sequence DESC)
                                        FILTER (WHERE occupation IS NOT NULL))[1] AS occupation,
                                   (array_agg(education ORDER BY sequence DESC)
                                        FILTER (WHERE education IS NOT NULL))[1] AS education,
                                   (array_agg(needs ORDER BY sequence DESC) FILTER (WHERE needs IS NOT NULL))[1] AS needs,
                                   (array_agg(problems ORDER BY sequence DESC)
                                        FILTER (WHERE problems IS NOT NULL))[1] AS problems,
                                   bool_or(service IS NOT NULL) AS served,
                                   max(position) AS last_position,
                                   (array_agg(recorded_at ORDER BY position DESC))[1] AS last_recorded_at
                              FROM visible
                             GROUP BY worker_id
                        )
                        SELECT subdistrict_code / :partDivisor AS part, sex, age_band, occupation, education, needs,
                               problems, served, count(*) AS workers, max(last_position) AS last_position,
                               (array_agg(last_recorded_at ORDER BY last_position DESC))[1] AS last_recorded_at
                          FROM worker
                         WHERE registered AND subdistrict_code BETWEEN :low AND :high
                         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8""",
                params, rs -> {
                    figures.workers(rs.getInt("part"), rs.getLong("workers"), rs.getBoolean("served"),
                            Map.of(Dimension.SEX, rs.getString("sex"), Dimension.AGE_BAND, rs.getString("age_band"),
                                    Dimension.OCCUPATION, rs.getString("occupation"),
                                    Dimension.EDUCATION, rs.getString("education")),
                            rs.getString("needs"), rs.getString("problems"));
                    figures.included(rs.getLong("last_position"), Columns.instant(rs, "last_recorded_at"));
                });
        jdbc.query("""
                        SELECT service_subdistrict_code / :partDivisor AS part, service, agency, count(*) AS services,
                               max(position) AS last_position,
                               (array_agg(recorded_at ORDER BY position DESC))[1] AS last_recorded_at
                          FROM register_stats_event
                         WHERE service_subdistrict_code BETWEEN :low AND :high
                           AND business_date <= COALESCE(CAST(:asOf AS date), business_date)
                           AND recorded_at <= COALESCE(CAST(:recordedAsOf AS timestamptz), recorded_at)
                         GROUP BY 1, 2, 3""",
                params, rs -> {
                    figures.services(rs.getInt("part"), rs.getString("service"), rs.getString("agency"),
                            rs.getLong("services"));
                    figures.included(rs.getLong("last_position"), Columns.instant(rs, "last_recorded_at"));
                });
        figures.basis = clocks.basis(figures.lastPosition, figures.lastRecordedAt);
        return figures;
    }

    private static int divisor(AreaLevel level) {
        return switch (level) {
            case NATION -> 1_000_000;
            case PROVINCE -> 10_000;
            case DISTRICT -> 100;
            case SUBDISTRICT -> 1;
        };
    }

    private static int low(AreaLevel level, int code) {
        return level == AreaLevel.NATION ? 0 : code * divisor(level);
    }

    private static int high(AreaLevel level, int code) {
        return level == AreaLevel.NATION ? 999_999 : code * divisor(level) + divisor(level) - 1;
    }

    /** What the rows add up to: the area's totals and breakdowns, each part's totals, and the last event in them. */
    static final class Figures {
        long registered;
        long served;
        long services;
        final Map<String, Map<String, Long>> counts = new HashMap<>();
        /** Per part code: registered, served, services. */
        final Map<Integer, long[]> parts = new TreeMap<>();
        Long lastPosition;
        Instant lastRecordedAt;
        Basis basis;

        void workers(int part, long n, boolean wasServed, Map<String, String> facts, String needs, String problems) {
            registered += n;
            long[] row = parts.computeIfAbsent(part, p -> new long[3]);
            row[0] += n;
            if (wasServed) {
                served += n;
                row[1] += n;
            }
            facts.forEach((dimension, value) -> count(dimension, value, n));
            split(needs).forEach(need -> count(Dimension.NEED, need, n));
            split(problems).forEach(problem -> count(Dimension.PROBLEM, problem, n));
        }

        void services(int part, String service, String agency, long n) {
            services += n;
            parts.computeIfAbsent(part, p -> new long[3])[2] += n;
            count(Dimension.SERVICE, service, n);
            count(Dimension.AGENCY, agency, n);
        }

        void included(long position, Instant recordedAt) {
            if (lastPosition == null || position > lastPosition) {
                lastPosition = position;
                lastRecordedAt = recordedAt;
            }
        }

        private void count(String dimension, String value, long n) {
            if (value != null) {
                counts.computeIfAbsent(dimension, d -> new HashMap<>()).merge(value, n, Long::sum);
            }
        }

        private static java.util.List<String> split(String names) {
            return names == null || names.isEmpty() ? java.util.List.of() : java.util.List.of(names.split(","));
        }
    }
}
