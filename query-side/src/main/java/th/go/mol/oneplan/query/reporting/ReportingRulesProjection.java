package th.go.mol.oneplan.query.reporting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.query.ReadModelJson;
import th.go.mol.oneplan.reportingrules.ReportingRulesDeclared;

/** Keeps every declared version of each fiscal year's reporting rules in {@code reporting_rules_version}. */
@Component
@Profile("!command")
@ProcessingGroup(ReportingRulesProjection.GROUP)
@AllowReplay
public class ReportingRulesProjection {
    public static final String GROUP = "reporting-rules";

    private final NamedParameterJdbcTemplate jdbc;

    public ReportingRulesProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReportingRulesDeclared declared) {
        jdbc.update("""
                        INSERT INTO reporting_rules_version (fiscal_year, version, event_id, payload)
                        VALUES (:fiscalYear, :version, :eventId, CAST(:payload AS jsonb))
                        ON CONFLICT DO NOTHING""",
                new MapSqlParameterSource()
                        .addValue("fiscalYear", Integer.parseInt(declared.fiscalYear()))
                        .addValue("version", declared.version())
                        .addValue("eventId", declared.eventId())
                        .addValue("payload", ReadModelJson.write(declared)));
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute("TRUNCATE TABLE reporting_rules_version");
    }
}
