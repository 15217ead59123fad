package th.go.mol.oneplan.query.rollup;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.kpi.KpiLevel;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.ThaiGeography;

import java.util.LinkedHashMap;
import java.util.Map;

/** Answers the national KPI roll-up from {@code drive_overview}. */
@Component
@Profile("!command")
public class KpiRollupQueries {
    private final NamedParameterJdbcTemplate jdbc;
    private final Geography geography = ThaiGeography.load();

    public KpiRollupQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public KpiRollup handle(FindKpiRollup query) {
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        for (int level = 0; level <= KpiLevel.values().length; level++) {
            byLevel.put(String.valueOf(level), 0);
        }
        jdbc.query("""
                        SELECT kpi_level, count(*) AS drives
                          FROM drive_overview
                         WHERE fiscal_year = :fiscalYear
                         GROUP BY kpi_level""",
                Map.of("fiscalYear", query.fiscalYear()),
                rs -> {
                    byLevel.put(String.valueOf(rs.getInt("kpi_level")), rs.getInt("drives"));
                });
        int drives = byLevel.values().stream().mapToInt(Integer::intValue).sum();
        int provinces = geography.provinces().size();
        return new KpiRollup(query.fiscalYear(), provinces, drives, provinces - drives, byLevel);
    }
}
