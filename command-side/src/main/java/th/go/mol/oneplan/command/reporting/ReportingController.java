package th.go.mol.oneplan.command.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.command.http.CommandSender;
import th.go.mol.oneplan.command.http.Recorded;
import th.go.mol.oneplan.drive.reporting.SubmitMonthlyReport;
import th.go.mol.oneplan.drive.reporting.SubmitOneGoalSummary;

@RestController
@Profile("!query")
@Tag(name = "Reporting", description = "Monthly progress reports (KPI level 4) and the One Goal summary (level 5)")
public class ReportingController {
    private final CommandSender commands;

    public ReportingController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/drives/{driveId}/monthly-reports")
    @Operation(summary = "Submit a monthly progress report on form 62-1 or 62-3",
            description = "periodFrom and periodTo are months (2018-10 or 2561-10); submittedOn is the business date. A report"
                    + " for a form and period already reported is a resubmission. Reports after KPI level 3 count for"
                    + " level 4.")
    public ResponseEntity<Recorded> submitMonthlyReport(@PathVariable String driveId,
                                                        @Valid @RequestBody SubmitMonthlyReportRequest body) {
        return commands.send(driveId, body, recording -> new SubmitMonthlyReport(driveId, body.form(), body.periodFrom(),
                body.periodTo(), body.submittedOn(), body.letterNumber(), body.summary(), body.lateRecord(), recording));
    }

    @PostMapping("/api/drives/{driveId}/one-goal-summary")
    @Operation(summary = "Submit the year's summary of results against the One Goal",
            description = "The letter that sent it, the results and the people reached. Reaches KPI level 5 when levels 1 to 4"
                    + " are reached.")
    public ResponseEntity<Recorded> submitOneGoalSummary(@PathVariable String driveId,
                                                         @Valid @RequestBody SubmitOneGoalSummaryRequest body) {
        return commands.send(driveId, body, recording -> new SubmitOneGoalSummary(driveId, body.submittedOn(),
                body.letterNumber(), body.results(), body.peopleReached(), body.lateRecord(), recording));
    }
}
