package th.go.mol.oneplan.query.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import th.go.mol.oneplan.query.basis.Basis;
import th.go.mol.oneplan.reportingrules.ComplianceStatus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** One drive's reporting calendar as of a day: each due report and how it stands. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportingCalendarView(String driveId, int provinceCode, String provinceNameTh, int fiscalYear,
                                    LocalDate asOf, String rulesLetter, int rulesVersion, double complianceRate,
                                    List<Report> reports,
                                    @Schema(description = "The clocks the answer was computed for (asOf: the day"
                                            + " assessed) and the last event it includes")
                                    Basis basis) {

    /**
     * A due report: ON_TIME or LATE (by {@code daysLate}) with the report that satisfied it and any resubmissions,
     * MISSING ({@code daysLate} days overdue) or NOT_YET_DUE.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Report(YearMonth periodFrom, YearMonth periodTo, LocalDate dueDate, ComplianceStatus status,
                         long daysLate, String satisfiedByEventId, LocalDate submittedOn,
                         List<String> resubmissionEventIds) {
    }
}
