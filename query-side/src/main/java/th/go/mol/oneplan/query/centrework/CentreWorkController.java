package th.go.mol.oneplan.query.centrework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.centre.CentreIds;
import th.go.mol.oneplan.common.NotFound;

import java.util.Optional;

/**
 * Reads of a tambon centre's work: its quality-of-life plans with items and funding decisions, follow-ups, yearly
 * evaluations, grievances and where it stands. The plan and grievance paths are the Location the write side
 * answers when it records them.
 */
@RestController
@Profile("!command")
@Tag(name = "Tambon centres", description = "Tambon centres for informal workers: their committees and mentors")
public class CentreWorkController {
    private static final String WHO = " Provincial officers of the province, the centre's own staff, inspectors, the"
            + " ministry.";

    private final QueryGateway queryGateway;

    public CentreWorkController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/tambon-centres/{centreId}/quality-of-life-plans")
    @Operation(operationId = "listQualityOfLifePlans", summary = "List a centre's quality-of-life plans",
            description = "Every plan the centre submitted, in the order submitted, each with its items (category,"
                    + " description, requestedAmount in baht, source) and the funders' decisions: decision is the one"
                    + " in force, decisions every one recorded (a correction adds one). requestedTotal, grantedTotal"
                    + " and funded (an item granted) sum the plan up." + WHO + " 404 for an unknown centre.")
    @ApiResponse(responseCode = "200", description = "The centre's plans, perhaps none")
    public QualityOfLifePlans plans(@Parameter(description = "The centre, like centre-840101-2563")
                                    @PathVariable String centreId) {
        String id = CentreIds.inPath(centreId);
        return found(queryGateway.query(new FindQualityOfLifePlans(id),
                ResponseTypes.optionalInstanceOf(QualityOfLifePlans.class)).join(), "tambon centre",
                "there is no tambon centre " + id);
    }

    @GetMapping("/api/tambon-centres/{centreId}/quality-of-life-plans/{planId}")
    @Operation(operationId = "showQualityOfLifePlan", summary = "Show a quality-of-life plan, its items and funding",
            description = "The plan as in the list: fiscal year, submitted on, items with the decision in force and"
                    + " every decision, totals." + WHO + " 404 for an unknown centre or plan.")
    @ApiResponse(responseCode = "200", description = "The plan")
    public QualityOfLifePlanView plan(@Parameter(description = "The centre, like centre-840101-2563")
                                      @PathVariable String centreId,
                                      @Parameter(description = "The plan, like plan-1") @PathVariable String planId) {
        String id = CentreIds.inPath(centreId);
        return found(queryGateway.query(new FindQualityOfLifePlan(id, planId),
                ResponseTypes.optionalInstanceOf(QualityOfLifePlanView.class)).join(), "quality-of-life plan",
                "tambon centre " + id + " has no quality-of-life plan " + planId);
    }

    @GetMapping("/api/tambon-centres/{centreId}/follow-ups")
    @Operation(operationId = "listCentreFollowUps", summary = "List the follow-ups of a centre",
            description = "Each follow-up's PDCA stage, date, findings and next steps, by date." + WHO
                    + " 404 for an unknown centre.")
    @ApiResponse(responseCode = "200", description = "The follow-ups, perhaps none")
    public FollowUps followUps(@Parameter(description = "The centre, like centre-840101-2563")
                               @PathVariable String centreId) {
        String id = CentreIds.inPath(centreId);
        return found(queryGateway.query(new FindFollowUps(id), ResponseTypes.optionalInstanceOf(FollowUps.class))
                .join(), "tambon centre", "there is no tambon centre " + id);
    }

    @GetMapping("/api/tambon-centres/{centreId}/yearly-evaluations")
    @Operation(operationId = "listYearlyEvaluations", summary = "List the yearly evaluations of a centre",
            description = "One per fiscal year: summary, lessons learned, evaluated on." + WHO
                    + " 404 for an unknown centre.")
    @ApiResponse(responseCode = "200", description = "The evaluations, perhaps none")
    public YearlyEvaluations evaluations(@Parameter(description = "The centre, like centre-840101-2563")
                                         @PathVariable String centreId) {
        String id = CentreIds.inPath(centreId);
        return found(queryGateway.query(new FindYearlyEvaluations(id),
                ResponseTypes.optionalInstanceOf(YearlyEvaluations.class)).join(), "tambon centre",
                "there is no tambon centre " + id);
    }

    @GetMapping("/api/tambon-centres/{centreId}/grievances")
    @Operation(operationId = "listGrievances", summary = "List a centre's grievances, open, resolved or all",
            description = "Oldest first. An open grievance has ageDays: today in Thailand (Asia/Bangkok, today)"
                    + " minus receivedOn; openGrievances and oldestOpen count and name the open ones whatever the"
                    + " filter. Workers by register id only." + WHO + " 404 for an unknown centre; 400 naming status"
                    + " when it is not open, resolved or all.")
    @ApiResponse(responseCode = "200", description = "The grievances, perhaps none")
    public Grievances grievances(@Parameter(description = "The centre, like centre-840101-2563")
                                 @PathVariable String centreId,
                                 @Parameter(description = "open, resolved or all (default)")
                                 @RequestParam(required = false) String status) {
        String id = CentreIds.inPath(centreId);
        GrievanceStatus filter = GrievanceStatus.of(status);
        return found(queryGateway.query(new FindGrievances(id, filter),
                ResponseTypes.optionalInstanceOf(Grievances.class)).join(), "tambon centre",
                "there is no tambon centre " + id);
    }

    @GetMapping("/api/tambon-centres/{centreId}/grievances/{grievanceId}")
    @Operation(operationId = "showGrievance", summary = "Show a grievance and its resolution",
            description = "Topic, channel, received on, status (OPEN with ageDays, or RESOLVED with the resolution"
                    + " and its date)." + WHO + " 404 for an unknown centre or grievance.")
    @ApiResponse(responseCode = "200", description = "The grievance")
    public GrievanceView grievance(@Parameter(description = "The centre, like centre-840101-2563")
                                   @PathVariable String centreId,
                                   @Parameter(description = "The grievance, like grievance-1")
                                   @PathVariable String grievanceId) {
        String id = CentreIds.inPath(centreId);
        return found(queryGateway.query(new FindGrievance(id, grievanceId),
                ResponseTypes.optionalInstanceOf(GrievanceView.class)).join(), "grievance",
                "tambon centre " + id + " has no grievance " + grievanceId);
    }

    @GetMapping("/api/tambon-centres/{centreId}/progress")
    @Operation(operationId = "showCentreProgress", summary = "Where a centre stands in its work",
            description = "committeeComplete, qualityOfLifePlanSubmitted, funded (an item granted), openGrievances"
                    + " and the oldest open one with its age in days (Asia/Bangkok)." + WHO
                    + " 404 for an unknown centre.")
    @ApiResponse(responseCode = "200", description = "The centre's standing")
    public CentreProgress progress(@Parameter(description = "The centre, like centre-840101-2563")
                                   @PathVariable String centreId) {
        String id = CentreIds.inPath(centreId);
        return found(queryGateway.query(new FindCentreProgress(id),
                ResponseTypes.optionalInstanceOf(CentreProgress.class)).join(), "tambon centre",
                "there is no tambon centre " + id);
    }

    private static <T> T found(Optional<T> answer, String what, String message) {
        return answer.orElseThrow(() -> new NotFound(what, message));
    }
}
