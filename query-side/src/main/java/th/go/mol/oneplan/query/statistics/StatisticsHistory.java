package th.go.mol.oneplan.query.statistics;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Timestamp;

/** Writes what each register event changed ({@code register_stats_event}); a re-delivered event changes nothing. */
final class StatisticsHistory {
    private final NamedParameterJdbcTemplate jdbc;

    StatisticsHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(StatisticsEvent e) {
        jdbc.update("""
                        INSERT INTO register_stats_event (worker_id, sequence, position, business_date, recorded_at,
                                                          registered, subdistrict_code, sex, age_band, occupation,
                                                          education, needs, problems, service, agency,
                                                          service_subdistrict_code)
                        VALUES (:workerId, :sequence, :position, :businessDate, :recordedAt, :registered, :subdistrict,
                                :sex, :ageBand, :occupation, :education, :needs, :problems, :service, :agency,
                                :serviceSubdistrict)
                        ON CONFLICT DO NOTHING""",
                new MapSqlParameterSource()
                        .addValue("workerId", e.workerId())
                        .addValue("sequence", e.sequence())
                        .addValue("position", e.position())
                        .addValue("businessDate", e.businessDate())
                        .addValue("recordedAt", Timestamp.from(e.recordedAt()))
                        .addValue("registered", e.registered())
                        .addValue("subdistrict", e.subdistrictCode())
                        .addValue("sex", e.sex())
                        .addValue("ageBand", e.ageBand())
                        .addValue("occupation", e.occupation())
                        .addValue("education", e.education())
                        .addValue("needs", e.needs())
                        .addValue("problems", e.problems())
                        .addValue("service", e.service())
                        .addValue("agency", e.agency())
                        .addValue("serviceSubdistrict", e.serviceSubdistrictCode()));
    }
}
