package th.go.mol.oneplan.query.reporting;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.ReportForm;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.Province;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.acts.DriveActs;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.drives.DriveRef;
import th.go.mol.oneplan.query.drives.DriveRefs;
import th.go.mol.oneplan.query.travel.DriveBases;
import th.go.mol.oneplan.reportingrules.ComplianceStatus;
import th.go.mol.oneplan.reportingrules.DueReport;
import th.go.mol.oneplan.reportingrules.ReportingCalendar;
import th.go.mol.oneplan.reportingrules.ReportingRules;
import th.go.mol.oneplan.reportingrules.ReportingRulesDeclared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers for the reporting calendar. Nothing here is stored: each answer applies the pure
 * {@link ReportingCalendar#assess} to the rules in force ({@code reporting_rules_version}) and the drive's
 * monthly reports as they read now, corrections applied ({@code drive_act_version}), as of the day asked about (and,
 * for one drive's calendar, in the record as it stood at an instant: docs/time-travel.md).
 */
@Component
@Profile("!command")
public class ReportingCalendarQueries {
    private final NamedParameterJdbcTemplate jdbc;
    private final DriveRefs drives;
    private final DriveActs driveActs;

    private final DriveBases bases;
    private final Geography geography;

    public ReportingCalendarQueries(NamedParameterJdbcTemplate jdbc, DriveRefs drives, DriveActs driveActs,
                                    DriveBases bases, Geography geography) {
        this.jdbc = jdbc;
        this.drives = drives;
        this.driveActs = driveActs;
        this.bases = bases;
        this.geography = geography;
    }

    /** Every version of the year's rules, latest (in force) first; empty when none was declared. */
    @QueryHandler
    public Optional<ReportingRulesView> handle(FindReportingRules query) {
        List<ReportingRulesDeclared> versions = versions(query.fiscalYear());
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        List<ReportingRulesView.Version> views = versions.stream().map(ReportingCalendarQueries::view).toList();
        return Optional.of(new ReportingRulesView(query.fiscalYear(), views.get(0), views.subList(1, views.size())));
    }

    /**
     * The drive's due reports as of the day, in the record as it stood at {@code recordedAsOf} (the rules declared
     * and the reports and corrections recorded by then); empty when there is no such drive.
     */
    @QueryHandler
    public Optional<ReportingCalendarView> handle(FindReportingCalendar query) {
        LocalDate asOf = query.asOf();
        Optional<DriveRef> drive = drives.one(query.driveId());
        if (drive.isEmpty()) {
            return Optional.empty();
        }
        DriveRef d = drive.get();
        Clocks clocks = new Clocks(asOf, query.recordedAsOf());
        ReportingRulesDeclared rules = inForce(d.fiscalYear(), clocks);
        List<MonthlyReportSubmitted> reports = DriveActs.historyOf(driveActs.of(d.driveId(), clocks))
                .actsOf(MonthlyReportSubmitted.class);
        List<DueReport> calendar = ReportingCalendar.assess(rules.rules(), reports, asOf);
        return Optional.of(new ReportingCalendarView(d.driveId(), d.provinceCode(), d.provinceNameTh(), d.fiscalYear(),
                asOf, rules.letterNumber(), rules.version(), ReportingCalendar.complianceRate(calendar),
                calendar.stream().map(r -> new ReportingCalendarView.Report(r.period().from(), r.period().to(),
                        r.period().dueDate(), r.status(), r.daysLate(), r.satisfiedByEventId(), r.submittedOn(),
                        r.resubmissionEventIds())).toList(), bases.of(d.driveId(), clocks)));
    }

    /**
     * Every province's reports missing past their due date, by province then period; and the provinces without a
     * drive that owe reports by then, which have sent none (none of them may drop off the list for never having
     * started).
     */
    @QueryHandler
    public OverdueReports handle(FindOverdueReports query) {
        int fiscalYear = query.fiscalYear();
        LocalDate asOf = query.asOf();
        ReportingRules rules = inForce(fiscalYear).rules();
        List<OverdueReports.Overdue> overdue = new ArrayList<>();
        Set<Integer> started = new HashSet<>();
        for (DriveRef d : drives.ofFiscalYear(fiscalYear)) {
            started.add(d.provinceCode());
            for (DueReport r : assess(rules, d, asOf)) {
                if (r.status() == ComplianceStatus.MISSING) {
                    overdue.add(new OverdueReports.Overdue(d.driveId(), d.provinceCode(), d.provinceNameTh(),
                            d.provinceNameEn(), r.period().from(), r.period().to(), r.period().dueDate(), r.daysLate()));
                }
            }
        }
        return new OverdueReports(fiscalYear, asOf, overdue, withoutDrive(rules, started, asOf));
    }

    /** The provinces not in {@code started} when a report was due by the day: all of theirs are missing. */
    private List<OverdueReports.ProvinceWithoutDrive> withoutDrive(ReportingRules rules, Set<Integer> started,
                                                                   LocalDate asOf) {
        List<DueReport> owed = ReportingCalendar.assess(rules, List.of(), asOf).stream()
                .filter(r -> r.status() == ComplianceStatus.MISSING)
                .toList();
        if (owed.isEmpty()) {
            return List.of();
        }
        DueReport first = owed.get(0);
        List<OverdueReports.ProvinceWithoutDrive> provinces = new ArrayList<>();
        for (Province p : geography.provinces()) {
            if (!started.contains(p.code())) {
                provinces.add(new OverdueReports.ProvinceWithoutDrive(p.code(), p.nameTh(), p.nameEn(),
                        OverdueReports.NO_DRIVE, owed.size(), first.period().dueDate(), first.daysLate()));
            }
        }
        return provinces;
    }

    /** Each province with a drive in the year: its reports by status and its compliance rate. */
    @QueryHandler
    public ReportingCompliance handle(FindReportingCompliance query) {
        int fiscalYear = query.fiscalYear();
        LocalDate asOf = query.asOf();
        ReportingRules rules = inForce(fiscalYear).rules();
        List<ReportingCompliance.Province> provinces = new ArrayList<>();
        for (DriveRef d : drives.ofFiscalYear(fiscalYear)) {
            List<DueReport> calendar = assess(rules, d, asOf);
            provinces.add(new ReportingCompliance.Province(d.driveId(), d.provinceCode(), d.provinceNameTh(),
                    d.provinceNameEn(), count(calendar, ComplianceStatus.ON_TIME), count(calendar, ComplianceStatus.LATE),
                    count(calendar, ComplianceStatus.MISSING), count(calendar, ComplianceStatus.NOT_YET_DUE),
                    ReportingCalendar.complianceRate(calendar)));
        }
        return new ReportingCompliance(fiscalYear, asOf, provinces);
    }

    private List<DueReport> assess(ReportingRules rules, DriveRef drive, LocalDate asOf) {
        List<MonthlyReportSubmitted> reports = DriveActs.historyOf(driveActs.of(drive.driveId()))
                .actsOf(MonthlyReportSubmitted.class);
        return ReportingCalendar.assess(rules, reports, asOf);
    }

    private static long count(List<DueReport> calendar, ComplianceStatus status) {
        return calendar.stream().filter(r -> r.status() == status).count();
    }

    private ReportingRulesDeclared inForce(int fiscalYear) {
        return inForce(fiscalYear, Clocks.NOW);
    }

    /** The latest version of the year's rules declared by the clocks' {@code recordedAsOf}. */
    private ReportingRulesDeclared inForce(int fiscalYear, Clocks clocks) {
        List<ReportingRulesDeclared> versions = versions(fiscalYear).stream()
                .filter(v -> clocks.recordedBy(v.recording().recordedAt()))
                .toList();
        if (versions.isEmpty()) {
            throw new RuleViolation("reporting-rules-not-declared", "FY " + fiscalYear + " has no reporting rules yet,"
                    + " so no report is due: a ministry admin declares them with POST /api/fiscal-years/" + fiscalYear
                    + "/reporting-rules");
        }
        return versions.get(0);
    }

    private List<ReportingRulesDeclared> versions(int fiscalYear) {
        return jdbc.query("""
                        SELECT * FROM reporting_rules_version
                         WHERE fiscal_year = :fiscalYear ORDER BY version DESC""",
                Map.of("fiscalYear", fiscalYear),
                (rs, n) -> declared(rs));
    }

    /** A version as {@link ReportingRulesProjection} keeps it, read back as declared. */
    private static ReportingRulesDeclared declared(ResultSet rs) throws SQLException {
        return new ReportingRulesDeclared(String.valueOf(rs.getInt("fiscal_year")), rs.getString("event_id"),
                rs.getInt("version"), rs.getString("letter_number"), Columns.date(rs, "letter_date"),
                Columns.texts(rs, "forms").stream().map(ReportForm::ofCode).toList(),
                month(Columns.date(rs, "first_period_from")), month(Columns.date(rs, "first_period_to")),
                Columns.date(rs, "first_due_date"), rs.getInt("monthly_due_day"), rs.getString("reason"),
                Columns.date(rs, "business_date"), new Recording(rs.getString("recorded_by"),
                        Columns.instant(rs, "recorded_at", "recorded_nano"), rs.getString("command_id")));
    }

    private static YearMonth month(LocalDate firstDay) {
        return firstDay == null ? null : YearMonth.from(firstDay);
    }

    private static ReportingRulesView.Version view(ReportingRulesDeclared v) {
        return new ReportingRulesView.Version(v.version(), v.eventId(), v.letterNumber(), v.letterDate(), v.forms(),
                v.firstPeriodFrom(), v.firstPeriodTo(), v.firstDueDate(), v.monthlyDueDay(), v.reason(),
                v.recording().recordedAt(), v.recording().recordedBy(),
                v.rules().periods().stream().map(p -> new ReportingRulesView.Period(p.from(), p.to(), p.dueDate()))
                        .toList());
    }
}
