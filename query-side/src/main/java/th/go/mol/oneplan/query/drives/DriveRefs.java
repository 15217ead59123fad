package th.go.mol.oneplan.query.drives;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looks drives up in {@code drive_overview} for the answers computed at read time (budget, reporting calendar). */
@Component
@Profile("!command")
public class DriveRefs {
    private static final String COLUMNS = "SELECT drive_id, province_code, province_name_th, province_name_en, "
            + "fiscal_year FROM drive_overview ";
    private static final RowMapper<DriveRef> ROW = (rs, n) -> new DriveRef(rs.getString("drive_id"),
            rs.getInt("province_code"), rs.getString("province_name_th"), rs.getString("province_name_en"),
            rs.getInt("fiscal_year"));

    private final NamedParameterJdbcTemplate jdbc;

    public DriveRefs(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DriveRef> one(String driveId) {
        return jdbc.query(COLUMNS + "WHERE drive_id = :driveId", Map.of("driveId", driveId), ROW).stream().findFirst();
    }

    /** The drives of a fiscal year, in province-code order. */
    public List<DriveRef> ofFiscalYear(int fiscalYear) {
        return jdbc.query(COLUMNS + "WHERE fiscal_year = :fiscalYear ORDER BY province_code",
                Map.of("fiscalYear", fiscalYear), ROW);
    }
}
