package th.go.mol.oneplan.reportingrules;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.reporting.ReportForm;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A fiscal year's reporting rules (identified by the Buddhist Era year, {@code "2562"}), as the ministry's
 * letters declare them. The first declaration creates the year's record; each later one is a new version that
 * must say why (an amending letter), and the versions before it stay in the record. Command handlers check the
 * rules; the event sourcing handler only remembers the version in force.
 */
@AggregateRoot
public class FiscalYearReportingRules {
    private static final Pattern BE_YEAR = Pattern.compile("\\d{4}");
    /**
     * How long after its fiscal year a declared due date may fall: September's report is due in October, and a
     * ministry may allow a quarter for the last one; a date later than that is a typing mistake.
     */
    public static final int DUE_MONTHS_AFTER_YEAR = 3;

    @AggregateIdentifier
    private String fiscalYear;
    private int version;
    private ReportingRules inForce;

    protected FiscalYearReportingRules() {
        // Axon rebuilds the year's rules from its events, or creates them on the first declaration.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(DeclareReportingRules command) {
        FiscalYear year = fiscalYearOf(command.fiscalYear());
        String letterNumber = Require.text(command.letterNumber(), "letterNumber");
        LocalDate letterDate = Require.present(command.letterDate(), "letterDate");
        List<ReportForm> forms = Require.notEmpty(command.forms(), "forms");
        if (forms.stream().anyMatch(f -> f == null)) {
            throw new InvalidValue("forms", "report-form", "forms lists ministry report forms, like 62-1 and 62-3");
        }
        if (forms.stream().distinct().count() != forms.size()) {
            throw new InvalidValue("forms", "distinct", "forms lists each form once");
        }
        ReportingRules rules = new ReportingRules(year.beYear(), letterNumber, letterDate, forms,
                Require.present(command.firstPeriodFrom(), "firstPeriodFrom"),
                Require.present(command.firstPeriodTo(), "firstPeriodTo"),
                Require.present(command.firstDueDate(), "firstDueDate"),
                Require.present(command.monthlyDueDay(), "monthlyDueDay"));
        LocalDate recordedOn = command.recording().recordedAt().atZone(BusinessCalendar.THAILAND).toLocalDate();
        if (letterDate.isAfter(recordedOn)) {
            throw new InvalidValue("letterDate", "not-in-future",
                    "letterDate " + letterDate + " is later than the day it is recorded (" + recordedOn + ")");
        }
        // Both windows depend on the value and the year named alone, not on what was declared before: a 400.
        if (letterDate.isBefore(year.firstDay().minusYears(1)) || letterDate.isAfter(year.lastDay())) {
            throw new InvalidValue("letterDate", "letter-outside-fiscal-year", "a letter of " + letterDate
                    + " cannot set the reporting of FY " + year.beYear() + ": it is dated from a year before the"
                    + " fiscal year (" + year.firstDay().minusYears(1) + ") to its last day (" + year.lastDay() + ")");
        }
        LocalDate lastDueDate = YearMonth.from(year.lastDay()).plusMonths(DUE_MONTHS_AFTER_YEAR).atEndOfMonth();
        if (rules.firstDueDate().isAfter(lastDueDate)) {
            throw new InvalidValue("firstDueDate", "due-date-window", "firstDueDate " + rules.firstDueDate()
                    + " is outside the reporting window of FY " + year.beYear() + ": a report falls due within the"
                    + " fiscal year or up to " + DUE_MONTHS_AFTER_YEAR + " months after it (" + year.firstDay()
                    + " to " + lastDueDate + "); was a year typed in BE twice, or a placeholder date?");
        }
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        if (inForce != null) {
            if (reason == null) {
                throw new RuleViolation("amendment-needs-reason", "FY " + year.beYear() + " already has reporting"
                        + " rules (version " + version + ", letter " + inForce.letterNumber() + "): say why they"
                        + " change with a reason, e.g. the amending letter");
            }
            if (rules.forms().equals(inForce.forms()) && rules.periods().equals(inForce.periods())) {
                throw new RuleViolation("rules-unchanged", "these are the reporting rules of FY " + year.beYear()
                        + " in force (version " + version + "): same forms, periods and due dates, nothing to amend");
            }
            if (letterDate.isBefore(inForce.letterDate())) {
                throw new RuleViolation("amendment-predates-rules", "an amending letter cannot be dated " + letterDate
                        + ", before letter " + inForce.letterNumber() + " of " + inForce.letterDate() + " that it amends");
            }
        }
        int next = version + 1;
        String eventId = year.beYear() + "/rules/" + next;
        apply(new ReportingRulesDeclared(String.valueOf(year.beYear()), eventId, next, letterNumber, letterDate,
                rules.forms(), rules.firstPeriodFrom(), rules.firstPeriodTo(), rules.firstDueDate(),
                rules.monthlyDueDay(), reason, letterDate, command.recording()));
        return eventId;
    }

    /** The aggregate's id is the BE year as text: "2562". */
    private static FiscalYear fiscalYearOf(String text) {
        if (text == null || !BE_YEAR.matcher(text).matches()) {
            throw new InvalidValue("fiscalYear", "fiscal-year-format",
                    "fiscalYear is a Buddhist Era year written with four digits, like 2562, got " + text);
        }
        return new FiscalYear(Integer.parseInt(text));
    }

    @EventSourcingHandler
    void on(ReportingRulesDeclared event) {
        fiscalYear = event.fiscalYear();
        version = event.version();
        inForce = event.rules();
    }
}
