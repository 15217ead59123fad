package th.go.mol.oneplan.query.rollup;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.kpi.KpiLevel;
import th.go.mol.oneplan.geography.Geography;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Answers the national KPI roll-up from {@code drive_overview} and the official list of provinces. */
@Component
@Profile("!command")
public class KpiRollupQueries {
    private final NamedParameterJdbcTemplate jdbc;
    private final Geography geography;

    public KpiRollupQueries(NamedParameterJdbcTemplate jdbc, Geography geography) {
        this.jdbc = jdbc;
        this.geography = geography;
    }

    @QueryHandler
    public KpiRollup handle(FindKpiRollup query) {
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        for (int level = 0; level <= KpiLevel.values().length; level++) {
            byLevel.put(String.valueOf(level), 0);
        }
        Set<Integer> started = new HashSet<>();
        // One read for both: the counts and the provinces must describe the same moment of the overview.
        jdbc.query("""
                        SELECT province_code, kpi_level
                          FROM drive_overview
                         WHERE fiscal_year = :fiscalYear""",
                Map.of("fiscalYear", query.fiscalYear()),
                rs -> {
                    started.add(rs.getInt("province_code"));
                    byLevel.merge(String.valueOf(rs.getInt("kpi_level")), 1, Integer::sum);
                });
        int drives = byLevel.values().stream().mapToInt(Integer::intValue).sum();
        int provinces = geography.provinces().size();
        List<KpiRollup.ProvinceWithoutDrive> withoutDrive = geography.provinces().stream()
                .filter(p -> !started.contains(p.code()))
                .map(p -> new KpiRollup.ProvinceWithoutDrive(p.code(), p.nameTh(), p.nameEn()))
                .toList();
        return new KpiRollup(query.fiscalYear(), provinces, drives, provinces - drives, byLevel, withoutDrive);
    }
}
