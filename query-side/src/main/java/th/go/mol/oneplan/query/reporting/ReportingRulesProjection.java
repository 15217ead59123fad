package th.go.mol.oneplan.query.reporting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.reporting.ReportForm;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.reportingrules.ReportingRulesDeclared;

import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Keeps every declared version of each fiscal year's reporting rules in {@code reporting_rules_version}, the
 * declaration's fields in columns of their own (forms by their ministry codes, months as their first days).
 */
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
                        INSERT INTO reporting_rules_version (fiscal_year, version, event_id, letter_number, letter_date,
                                                             forms, first_period_from, first_period_to, first_due_date,
                                                             monthly_due_day, reason, business_date, recorded_by,
                                                             recorded_at, recorded_nano, command_id)
                        VALUES (:fiscalYear, :version, :eventId, :letterNumber, :letterDate, :forms, :firstPeriodFrom,
                                :firstPeriodTo, :firstDueDate, :monthlyDueDay, :reason, :businessDate, :recordedBy,
                                :recordedAt, :recordedNano, :commandId)
                        ON CONFLICT DO NOTHING""",
                new MapSqlParameterSource()
                        .addValue("fiscalYear", Integer.parseInt(declared.fiscalYear()))
                        .addValue("version", declared.version())
                        .addValue("eventId", declared.eventId())
                        .addValue("letterNumber", declared.letterNumber(), Types.VARCHAR)
                        .addValue("letterDate", declared.letterDate(), Types.DATE)
                        .addValue("forms", declared.forms().stream().map(ReportForm::code).toArray(String[]::new),
                                Types.ARRAY)
                        .addValue("firstPeriodFrom", firstDay(declared.firstPeriodFrom()), Types.DATE)
                        .addValue("firstPeriodTo", firstDay(declared.firstPeriodTo()), Types.DATE)
                        .addValue("firstDueDate", declared.firstDueDate(), Types.DATE)
                        .addValue("monthlyDueDay", declared.monthlyDueDay())
                        .addValue("reason", declared.reason(), Types.VARCHAR)
                        .addValue("businessDate", declared.businessDate(), Types.DATE)
                        .addValue("recordedBy", declared.recording().recordedBy())
                        .addValue("recordedAt", Columns.micros(declared.recording().recordedAt()))
                        .addValue("recordedNano", declared.recording().recordedAt().getNano())
                        .addValue("commandId", declared.recording().commandId()));
    }

    private static LocalDate firstDay(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute("TRUNCATE TABLE reporting_rules_version");
    }
}
