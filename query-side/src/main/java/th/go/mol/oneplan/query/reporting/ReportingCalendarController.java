package th.go.mol.oneplan.query.reporting;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.common.ThaiDates;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.query.QueryParameters;
import th.go.mol.oneplan.query.travel.TimeTravelParameters;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/** The reporting calendar: a year's rules, one drive's due reports, and the national views of overdue and compliance. */
@RestController
@Profile("!command")
@Tag(name = "Reporting calendar", description = "A fiscal year's reporting rules and each province's due reports")
public class ReportingCalendarController {
    private static final String AS_OF = "day to assess as of: CE or BE (2019-09-30, 2562-09-30); today in Bangkok if absent";

    private final QueryGateway queryGateway;

    public ReportingCalendarController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/fiscal-years/{fiscalYear}/reporting-rules")
    @Operation(summary = "Show a fiscal year's reporting rules",
            description = "The version in force, with the periods it makes due and their due dates, and the earlier"
                    + " versions. 404 when none was declared.")
    public ReportingRulesView rules(@Parameter(description = "Buddhist Era fiscal year, e.g. 2562")
                                    @PathVariable String fiscalYear) {
        int year = QueryParameters.fiscalYear(fiscalYear).beYear();
        return queryGateway.query(new FindReportingRules(year), ResponseTypes.optionalInstanceOf(ReportingRulesView.class))
                .join()
                .orElseThrow(() -> new NotFound("reporting-rules", "FY " + year + " has no declared reporting rules"));
    }

    @GetMapping("/api/drives/{driveId}/reporting-calendar")
    @Operation(summary = "Show a drive's reporting calendar",
            description = "Each report the province owes under the rules in force, with its due date and status as of"
                    + " the day: ON_TIME or LATE (days late) with the report that satisfied it and any resubmissions,"
                    + " MISSING (days overdue) or NOT_YET_DUE. 404 for an unknown drive; 409"
                    + " reporting-rules-not-declared when the year has no rules (by recordedAsOf, when given). With"
                    + " recordedAsOf, the rules, reports and corrections as the ledger held them at that instant"
                    + " (docs/time-travel.md); the basis says which. 400 naming asOf or recordedAsOf when malformed.")
    @ApiResponse(responseCode = "200", description = "The drive's reporting calendar as of the day")
    @ApiResponse(responseCode = "409", description = "reporting-rules-not-declared: the fiscal year has no reporting rules yet")
    public ReportingCalendarView calendar(@Parameter(description = "province code and BE fiscal year, e.g. 92-2562")
                                          @PathVariable String driveId,
                                          @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                          @Parameter(description = TimeTravelParameters.RECORDED_AS_OF)
                                          @RequestParam(required = false) String recordedAsOf) {
        String id = DriveId.parse(driveId).toString();
        LocalDate day = asOf(asOf);
        Instant recordedBy = recordedAsOf == null ? null : QueryParameters.instant(recordedAsOf, "recordedAsOf");
        return queryGateway.query(new FindReportingCalendar(id, day, recordedBy),
                        ResponseTypes.optionalInstanceOf(ReportingCalendarView.class))
                .join()
                .orElseThrow(() -> new NotFound("drive", "there is no drive " + id));
    }

    @GetMapping("/api/reporting/overdue")
    @Operation(summary = "List every province's overdue reports as of a day",
            description = "Reports due before the day and not submitted by it, with the days overdue (reports);"
                    + " and each province without a drive in the year once a report was due (withoutDrive, reason"
                    + " no-drive): it has reported nothing, so every report due is missing.")
    @ApiResponse(responseCode = "200", description = "The overdue reports as of the day")
    @ApiResponse(responseCode = "409", description = "reporting-rules-not-declared: the fiscal year has no reporting rules yet")
    public OverdueReports overdue(
            @Parameter(description = "Buddhist Era fiscal year, e.g. 2562", required = true)
            @RequestParam(required = false) String fiscalYear,
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        FindOverdueReports query = new FindOverdueReports(QueryParameters.fiscalYear(fiscalYear).beYear(), asOf(asOf));
        return queryGateway.query(query, ResponseTypes.instanceOf(OverdueReports.class)).join();
    }

    @GetMapping("/api/reporting/compliance")
    @Operation(summary = "Show each province's reporting compliance in a fiscal year as of a day",
            description = "Per province with a drive: reports on time, late, missing and not yet due, and the rate"
                    + " (on time over due, 1.0 while nothing is due).")
    @ApiResponse(responseCode = "200", description = "Each province's compliance as of the day")
    @ApiResponse(responseCode = "409", description = "reporting-rules-not-declared: the fiscal year has no reporting rules yet")
    public ReportingCompliance compliance(
            @Parameter(description = "Buddhist Era fiscal year, e.g. 2562", required = true)
            @RequestParam(required = false) String fiscalYear,
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        FindReportingCompliance query = new FindReportingCompliance(QueryParameters.fiscalYear(fiscalYear).beYear(),
                asOf(asOf));
        return queryGateway.query(query, ResponseTypes.instanceOf(ReportingCompliance.class)).join();
    }

    private static LocalDate asOf(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(BusinessCalendar.THAILAND);
        }
        try {
            return ThaiDates.parse(text);
        } catch (DateTimeException | NumberFormatException e) {
            throw new InvalidValue("asOf", "date", "asOf is a date like 2019-09-30 or 2562-09-30: " + e.getMessage());
        }
    }
}
