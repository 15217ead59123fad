package th.go.mol.oneplan.reportingrules;

import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Derives a province's reporting calendar from the year's rules and the reports it submitted (corrections
 * applied): each due report, and whether it came on time, late, or not at all, as of a given day. A pure
 * function, so the compliance of any day can be recomputed from the event store.
 */
public final class ReportingCalendar {
    private ReportingCalendar() {
    }

    public static List<DueReport> assess(ReportingRules rules, List<MonthlyReportSubmitted> reports, LocalDate asOf) {
        List<MonthlyReportSubmitted> inOrder = new ArrayList<>(reports);
        inOrder.sort(Comparator.comparing(MonthlyReportSubmitted::businessDate));
        List<DueReport> calendar = new ArrayList<>();
        for (ReportingPeriod period : rules.periods()) {
            List<MonthlyReportSubmitted> covering = inOrder.stream()
                    .filter(r -> !r.businessDate().isAfter(asOf))
                    .filter(r -> period.coveredBy(r.periodFrom(), r.periodTo()))
                    .toList();
            if (covering.isEmpty()) {
                boolean overdue = asOf.isAfter(period.dueDate());
                calendar.add(new DueReport(period, overdue ? ComplianceStatus.MISSING : ComplianceStatus.NOT_YET_DUE,
                        overdue ? ChronoUnit.DAYS.between(period.dueDate(), asOf) : 0, null, null, List.of()));
                continue;
            }
            MonthlyReportSubmitted first = covering.get(0);
            long daysLate = Math.max(0, ChronoUnit.DAYS.between(period.dueDate(), first.businessDate()));
            calendar.add(new DueReport(period, daysLate == 0 ? ComplianceStatus.ON_TIME : ComplianceStatus.LATE,
                    daysLate, first.eventId(), first.businessDate(),
                    covering.subList(1, covering.size()).stream().map(MonthlyReportSubmitted::eventId).toList()));
        }
        return calendar;
    }

    /** The share of reports due by {@code asOf} that came on time; 1.0 when nothing was due yet. */
    public static double complianceRate(List<DueReport> calendar) {
        long due = calendar.stream().filter(d -> d.status() != ComplianceStatus.NOT_YET_DUE).count();
        long onTime = calendar.stream().filter(d -> d.status() == ComplianceStatus.ON_TIME).count();
        return due == 0 ? 1.0 : (double) onTime / due;
    }
}
