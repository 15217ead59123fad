package th.go.mol.oneplan.reportingrules;

import java.time.LocalDate;
import java.util.List;

/**
 * One report a province owes and how it stands: the first report that covered the period satisfied it (on time
 * or late by {@code daysLate}); later reports on the same period are resubmissions, kept for the trail. A
 * missing report past its due date is {@code daysLate} days overdue.
 */
public record DueReport(ReportingPeriod period, ComplianceStatus status, long daysLate, String satisfiedByEventId,
                        LocalDate submittedOn, List<String> resubmissionEventIds) {
    public DueReport {
        resubmissionEventIds = List.copyOf(resubmissionEventIds);
    }
}
