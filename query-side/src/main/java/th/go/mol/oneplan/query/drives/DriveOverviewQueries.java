package th.go.mol.oneplan.query.drives;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.LeadOfficer;
import th.go.mol.oneplan.query.Columns;

import java.util.List;
import java.util.Map;

/** Answers questions about drives from {@code drive_overview}. */
@Component
@Profile("!command")
public class DriveOverviewQueries {
    private final NamedParameterJdbcTemplate jdbc;

    public DriveOverviewQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public DrivesOfFiscalYear handle(FindDrivesOfFiscalYear query) {
        List<DriveSummary> drives = jdbc.query("""
                        SELECT drive_id, province_code, province_name_th, province_name_en, fiscal_year,
                               lead_officer_name, lead_officer_position, kpi_level, kpi_level_reached_on,
                               last_recorded_at
                          FROM drive_overview
                         WHERE fiscal_year = :fiscalYear
                         ORDER BY province_code""",
                Map.of("fiscalYear", query.fiscalYear()),
                (rs, n) -> new DriveSummary(rs.getString("drive_id"), rs.getInt("province_code"),
                        rs.getString("province_name_th"), rs.getString("province_name_en"), rs.getInt("fiscal_year"),
                        new LeadOfficer(rs.getString("lead_officer_name"), rs.getString("lead_officer_position")),
                        rs.getInt("kpi_level"), Columns.date(rs, "kpi_level_reached_on"),
                        Columns.instant(rs, "last_recorded_at")));
        return new DrivesOfFiscalYear(query.fiscalYear(), drives);
    }
}
