package th.go.mol.oneplan.query.statistics;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/** Writes what each register event changed ({@code register_stats_event}); a re-delivered event changes nothing. */
final class StatisticsHistory {
    private final NamedParameterJdbcTemplate jdbc;

    StatisticsHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the events' rows in one JDBC batch (the service's connections rewrite it as multi-row inserts). */
    void record(List<StatisticsEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                        INSERT INTO register_stats_event (worker_id, sequence, position, business_date, recorded_at,
                                                          registered, subdistrict_code, sex, age_band, occupation,
                                                          education, needs, problems, service, agency,
                                                          service_subdistrict_code)
                        VALUES (:workerId, :sequence, :position, :businessDate, :recordedAt, :registered, :subdistrict,
                                :sex, :ageBand, :occupation, :education, :needs, :problems, :service, :agency,
                                :serviceSubdistrict)
                        ON CONFLICT DO NOTHING""",
                events.stream().map(StatisticsHistory::row).toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource row(StatisticsEvent e) {
        // Typed, since a batch's rows must bind each column the same way whether or not its value is null.
        return new MapSqlParameterSource()
                .addValue("workerId", e.workerId())
                .addValue("sequence", e.sequence())
                .addValue("position", e.position())
                .addValue("businessDate", e.businessDate())
                .addValue("recordedAt", Timestamp.from(e.recordedAt()))
                .addValue("registered", e.registered())
                .addValue("subdistrict", e.subdistrictCode(), Types.INTEGER)
                .addValue("sex", e.sex(), Types.VARCHAR)
                .addValue("ageBand", e.ageBand(), Types.VARCHAR)
                .addValue("occupation", e.occupation(), Types.VARCHAR)
                .addValue("education", e.education(), Types.VARCHAR)
                .addValue("needs", e.needs(), Types.VARCHAR)
                .addValue("problems", e.problems(), Types.VARCHAR)
                .addValue("service", e.service(), Types.VARCHAR)
                .addValue("agency", e.agency(), Types.VARCHAR)
                .addValue("serviceSubdistrict", e.serviceSubdistrictCode(), Types.INTEGER);
    }
}
