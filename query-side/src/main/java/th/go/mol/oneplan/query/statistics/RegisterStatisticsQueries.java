package th.go.mol.oneplan.query.statistics;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.centre.PilotTarget;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.geography.District;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.Province;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.basis.Basis;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.consistency.ProjectionPositions;
import th.go.mol.oneplan.query.centrework.CentreWorkQueries;
import th.go.mol.oneplan.register.AgeBand;
import th.go.mol.oneplan.register.Education;
import th.go.mol.oneplan.register.Need;
import th.go.mol.oneplan.register.OccupationGroup;
import th.go.mol.oneplan.register.Problem;
import th.go.mol.oneplan.register.Service;
import th.go.mol.oneplan.register.Sex;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the register's statistics and the pilot targets from the counters {@link RegisterStatisticsProjection}
 * and the centre-work projection keep: each answer reads a handful of counter rows (the area's, its breakdowns',
 * its parts'), never the workers.
 */
@Component
@Profile("!command")
public class RegisterStatisticsQueries {
    private final NamedParameterJdbcTemplate jdbc;
    private final Geography geography;
    private final CentreWorkQueries centreWork;
    private final ProjectionPositions positions;
    private final StatisticsAtBasis atBasis;

    public RegisterStatisticsQueries(NamedParameterJdbcTemplate jdbc, Geography geography,
                                     CentreWorkQueries centreWork, ProjectionPositions positions) {
        this.jdbc = jdbc;
        this.geography = geography;
        this.centreWork = centreWork;
        this.positions = positions;
        this.atBasis = new StatisticsAtBasis(jdbc);
    }

    /** The area's official names, if the geography knows it: Thai and English. */
    public Optional<String[]> names(AreaLevel level, int code) {
        return switch (level) {
            case NATION -> code == 0 ? Optional.of(new String[]{"ประเทศไทย", "Thailand"}) : Optional.empty();
            case PROVINCE -> geography.province(code).map(p -> new String[]{p.nameTh(), p.nameEn()});
            case DISTRICT -> geography.districtsOf(code / 100).stream().filter(d -> d.code() == code).findFirst()
                    .map(d -> new String[]{d.nameTh(), d.nameEn()});
            case SUBDISTRICT -> geography.subdistrict(code).map(s -> new String[]{s.nameTh(), s.nameEn()});
        };
    }

    @QueryHandler
    public AreaStatistics handle(FindAreaStatistics query) {
        return query.clocks().isNow() ? now(query.level(), query.code())
                : atBasis(query.level(), query.code(), query.clocks());
    }

    /**
     * The statistics at a basis, folded from the register's events at read time. The centres' standing is not
     * kept by basis, so it is left out (null) rather than given as it is now.
     */
    private AreaStatistics atBasis(AreaLevel level, int code, Clocks clocks) {
        String[] names = names(level, code).orElse(new String[]{null, null});
        StatisticsAtBasis.Figures figures = atBasis.of(level, code, clocks);
        Map<String, Map<String, Long>> counts = figures.counts;
        AreaLevel partLevel = level.parts();
        List<AreaPart> parts = partLevel == null ? List.of() : partCodes(level, code, figures.parts.keySet()).stream()
                .map(part -> {
                    long[] row = figures.parts.getOrDefault(part, new long[3]);
                    return new AreaPart(partLevel.name(), part, names(partLevel, part).map(x -> x[0]).orElse(null),
                            row[0], row[1], PilotTarget.sharePercent(row[0], row[1]), row[2], null);
                }).toList();
        return new AreaStatistics(level.name(), code, names[0], names[1], figures.registered, figures.served,
                PilotTarget.sharePercent(figures.registered, figures.served), figures.services,
                breakdown(counts, Dimension.OCCUPATION, OccupationGroup.values()),
                breakdown(counts, Dimension.EDUCATION, Education.values()),
                breakdown(counts, Dimension.SEX, Sex.values()),
                breakdown(counts, Dimension.AGE_BAND, AgeBand.values()),
                breakdown(counts, Dimension.NEED, Need.values()),
                breakdown(counts, Dimension.PROBLEM, Problem.values()),
                breakdown(counts, Dimension.SERVICE, Service.values()),
                breakdown(counts, Dimension.AGENCY, Agency.values()),
                null, parts, figures.basis);
    }

    /** The statistics as the counters hold them now. */
    private AreaStatistics now(AreaLevel level, int code) {
        // Read first: the counters read after it include at least the events up to its position.
        Basis basis = positions.basisNow(RegisterStatisticsProjection.GROUP);
        String[] names = names(level, code).orElse(new String[]{null, null});
        MapSqlParameterSource area = new MapSqlParameterSource().addValue("level", level.name())
                .addValue("code", code);
        long[] figures = jdbc.query("SELECT registered, served, services FROM register_stats_area"
                        + " WHERE area_level = :level AND area_code = :code", area,
                rs -> rs.next() ? new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)} : new long[3]);
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.query("SELECT dimension, value, count FROM register_stats_count"
                        + " WHERE area_level = :level AND area_code = :code", area,
                rs -> {
                    counts.computeIfAbsent(rs.getString("dimension"), k -> new HashMap<>())
                            .put(rs.getString("value"), rs.getLong("count"));
                });
        return new AreaStatistics(level.name(), code, names[0], names[1], figures[0], figures[1],
                PilotTarget.sharePercent(figures[0], figures[1]), figures[2],
                breakdown(counts, Dimension.OCCUPATION, OccupationGroup.values()),
                breakdown(counts, Dimension.EDUCATION, Education.values()),
                breakdown(counts, Dimension.SEX, Sex.values()),
                breakdown(counts, Dimension.AGE_BAND, AgeBand.values()),
                breakdown(counts, Dimension.NEED, Need.values()),
                breakdown(counts, Dimension.PROBLEM, Problem.values()),
                breakdown(counts, Dimension.SERVICE, Service.values()),
                breakdown(counts, Dimension.AGENCY, Agency.values()),
                centres(level, code), parts(level, code), basis);
    }

    @QueryHandler
    public Optional<PilotTargets> handle(FindPilotTargets query) {
        MapSqlParameterSource programme = new MapSqlParameterSource("programmeId", query.programmeId());
        List<PilotTambonTarget> tambons = jdbc.query("""
                        SELECT d.district_code, d.subdistrict_code, d.subdistrict_name_th, d.centre_id,
                               COALESCE(a.registered, 0) AS registered, COALESCE(a.served, 0) AS served
                          FROM pilot_designation d
                          LEFT JOIN register_stats_area a
                                 ON a.area_level = 'SUBDISTRICT' AND a.area_code = d.subdistrict_code
                         WHERE d.programme_id = :programmeId
                         ORDER BY d.district_code""",
                programme, (rs, n) -> {
                    long registered = rs.getLong("registered");
                    long served = rs.getLong("served");
                    int district = rs.getInt("district_code");
                    return new PilotTambonTarget(district, names(AreaLevel.DISTRICT, district).map(x -> x[0])
                            .orElse(null), rs.getInt("subdistrict_code"), rs.getString("subdistrict_name_th"),
                            rs.getString("centre_id"), registered, served,
                            PilotTarget.sharePercent(registered, served), PilotTarget.PERCENT,
                            PilotTarget.met(registered, served));
                });
        return jdbc.query("""
                        SELECT programme_id, province_code, province_name_th, fiscal_year
                          FROM pilot_programme
                         WHERE programme_id = :programmeId""",
                programme, (rs, n) -> new PilotTargets(rs.getString("programme_id"), rs.getInt("province_code"),
                        rs.getString("province_name_th"), rs.getInt("fiscal_year"), PilotTarget.PERCENT,
                        tambons.size(), (int) tambons.stream().filter(PilotTambonTarget::met).count(), tambons))
                .stream().findFirst();
    }

    /**
     * The parts an answer lists: every province of the nation and every district of a province (zeros included,
     * from the geography); of a district, the subdistricts with figures.
     */
    private List<Integer> partCodes(AreaLevel level, int code, java.util.Set<Integer> withFigures) {
        List<Integer> codes = new ArrayList<>();
        switch (level.parts()) {
            case PROVINCE -> geography.provinces().stream().map(Province::code).sorted().forEach(codes::add);
            case DISTRICT -> geography.districtsOf(code).stream().map(District::code).sorted().forEach(codes::add);
            default -> withFigures.stream().sorted().forEach(codes::add);
        }
        return codes;
    }

    private static Map<String, Long> breakdown(Map<String, Map<String, Long>> counts, String dimension,
                                               Enum<?>[] values) {
        Map<String, Long> kept = counts.getOrDefault(dimension, Map.of());
        Map<String, Long> result = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            result.put(value.name(), kept.getOrDefault(value.name(), 0L));
        }
        return result;
    }

    private CentreFigures centres(AreaLevel level, int code) {
        long[] figures = jdbc.query("""
                        SELECT centres, committee_complete, plan_submitted, funded, open_grievances
                          FROM centre_progress_area
                         WHERE area_level = :level AND area_code = :code""",
                new MapSqlParameterSource().addValue("level", level.name()).addValue("code", code),
                rs -> rs.next() ? new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)} : new long[5]);
        // The oldest open grievance: an index lookup on the open ones of the area (a partial index per level).
        String where = switch (level) {
            case NATION -> "";
            case PROVINCE -> " AND province_code = :code";
            case DISTRICT -> " AND district_code = :code";
            case SUBDISTRICT -> " AND subdistrict_code = :code";
        };
        LocalDate today = centreWork.today();
        return jdbc.query("SELECT centre_id, grievance_id, received_on FROM centre_grievance"
                        + " WHERE resolution_event_id IS NULL" + where
                        + " ORDER BY received_on, centre_id, grievance_id LIMIT 1",
                new MapSqlParameterSource("code", code), rs -> {
                    if (!rs.next()) {
                        return new CentreFigures(figures[0], figures[1], figures[2], figures[3], figures[4], null,
                                null, null, null);
                    }
                    LocalDate received = Columns.date(rs, "received_on");
                    return new CentreFigures(figures[0], figures[1], figures[2], figures[3], figures[4],
                            rs.getString("centre_id"), rs.getString("grievance_id"), received,
                            ChronoUnit.DAYS.between(received, today));
                });
    }

    /**
     * The parts of the area: every province of the nation and every district of a province (zeros included, from
     * the geography), the subdistricts of a district that have workers or centres.
     */
    private List<AreaPart> parts(AreaLevel level, int code) {
        AreaLevel partLevel = level.parts();
        if (partLevel == null) {
            return List.of();
        }
        int low = level == AreaLevel.NATION ? 0 : code * 100;
        int high = level == AreaLevel.NATION ? 99 : code * 100 + 99;
        MapSqlParameterSource range = new MapSqlParameterSource().addValue("level", partLevel.name())
                .addValue("low", low).addValue("high", high);
        Map<Integer, long[]> figures = new HashMap<>();
        jdbc.query("SELECT area_code, registered, served, services FROM register_stats_area"
                        + " WHERE area_level = :level AND area_code BETWEEN :low AND :high", range,
                rs -> {
                    figures.computeIfAbsent(rs.getInt(1), k -> new long[4]);
                    long[] row = figures.get(rs.getInt(1));
                    row[0] = rs.getLong(2);
                    row[1] = rs.getLong(3);
                    row[2] = rs.getLong(4);
                });
        jdbc.query("SELECT area_code, centres FROM centre_progress_area"
                        + " WHERE area_level = :level AND area_code BETWEEN :low AND :high", range,
                rs -> {
                    figures.computeIfAbsent(rs.getInt(1), k -> new long[4])[3] = rs.getLong(2);
                });
        return partCodes(level, code, figures.keySet()).stream().map(part -> {
            long[] row = figures.getOrDefault(part, new long[4]);
            return new AreaPart(partLevel.name(), part, names(partLevel, part).map(x -> x[0]).orElse(null), row[0],
                    row[1], PilotTarget.sharePercent(row[0], row[1]), row[2], row[3]);
        }).toList();
    }
}
