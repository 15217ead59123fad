package th.go.mol.oneplan.app.pages;

import org.springframework.stereotype.Component;
import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.query.audit.AuditEntry;
import th.go.mol.oneplan.query.audit.DriveAudit;
import th.go.mol.oneplan.query.audit.FindDriveAudit;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.budget.DriveBudgetView;
import th.go.mol.oneplan.query.budget.FindDriveBudget;
import th.go.mol.oneplan.query.detail.DriveDetail;
import th.go.mol.oneplan.query.detail.FindDriveDetail;
import th.go.mol.oneplan.query.kpi.DriveKpi;
import th.go.mol.oneplan.query.kpi.FindDriveKpi;
import th.go.mol.oneplan.query.reporting.FindReportingCalendar;
import th.go.mol.oneplan.query.reporting.ReportingCalendarView;
import th.go.mol.oneplan.query.summary.OneGoalSummaries;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a drive's page shows, read at the clocks asked for (docs/time-travel.md), each part from the query the
 * API answers the same part with: the detail, the KPI levels, the budget, the reporting calendar, the audit trail,
 * and the six steps of the One Goal summary.
 */
@Component
@WithPages
public class DriveDossier {
    /** The audit trail is read a page of the API's largest size at a time. */
    private static final int AUDIT_BATCH = 200;

    private final PageQueries queries;
    private final OneGoalSummaries summaries;

    public DriveDossier(PageQueries queries, OneGoalSummaries summaries) {
        this.queries = queries;
        this.summaries = summaries;
    }

    /**
     * @param calendar        null when the year has no reporting rules (then {@code calendarMissingBecause})
     * @param auditByEvent    every audit entry read at the clocks, by event id: who recorded an act, when, and
     *                        its corrections
     */
    public record Dossier(DriveDetail detail, DriveKpi kpi, DriveBudgetView budget, ReportingCalendarView calendar,
                          String calendarMissingBecause, List<OneGoalYearSummary.Step> steps,
                          List<AuditEntry> audit, Map<String, AuditEntry> auditByEvent) {
    }

    public Dossier of(String driveId, Clocks clocks) {
        String id = DriveId.parse(driveId).toString();
        DriveDetail detail = queries.find(new FindDriveDetail(id, clocks), DriveDetail.class)
                .orElseThrow(() -> new NotFound("drive", "there is no drive " + id));
        DriveKpi kpi = queries.find(new FindDriveKpi(id, clocks), DriveKpi.class)
                .orElseThrow(() -> new NotFound("drive", "there is no drive " + id));
        DriveBudgetView budget = queries.find(new FindDriveBudget(id, clocks), DriveBudgetView.class).orElse(null);
        ReportingCalendarView calendar = null;
        String noCalendar = null;
        try {
            LocalDate day = clocks.asOf() != null ? clocks.asOf() : LocalDate.now(BusinessCalendar.THAILAND);
            calendar = queries.find(new FindReportingCalendar(id, day, clocks.recordedAsOf()),
                    ReportingCalendarView.class).orElse(null);
        } catch (RuleViolation rule) {
            noCalendar = rule.getMessage();
        }
        List<OneGoalYearSummary.Step> steps = summaries.of(DriveId.parse(id), clocks)
                .map(OneGoalYearSummary::steps).orElse(List.of());
        List<AuditEntry> audit = new ArrayList<>();
        for (int page = 0; ; page++) {
            Optional<DriveAudit> batch = queries.find(new FindDriveAudit(id, page, AUDIT_BATCH, clocks), DriveAudit.class);
            if (batch.isEmpty()) {
                break;
            }
            audit.addAll(batch.get().entries());
            if (batch.get().entries().size() < AUDIT_BATCH || audit.size() >= batch.get().totalEntries()) {
                break;
            }
        }
        Map<String, AuditEntry> byEvent = new LinkedHashMap<>();
        audit.forEach(e -> byEvent.put(e.eventId(), e));
        return new Dossier(detail, kpi, budget, calendar, noCalendar, steps, List.copyOf(audit), byEvent);
    }
}
