package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.centre.CentreIds;
import th.go.mol.oneplan.centre.AmendCentreCommittee;
import th.go.mol.oneplan.centre.AppointCentreCommittee;
import th.go.mol.oneplan.centre.AssignCoreTeamMentor;
import th.go.mol.oneplan.centre.EstablishTambonCentre;
import th.go.mol.oneplan.centre.FundingDecision;
import th.go.mol.oneplan.centre.PlanItem;
import th.go.mol.oneplan.centre.GrievanceRecorded;
import th.go.mol.oneplan.centre.QualityOfLifePlanSubmitted;
import th.go.mol.oneplan.centre.RecordCentreFollowUp;
import th.go.mol.oneplan.centre.RecordGrievance;
import th.go.mol.oneplan.centre.RecordPlanFunding;
import th.go.mol.oneplan.centre.RecordYearlyEvaluation;
import th.go.mol.oneplan.centre.ResolveGrievance;
import th.go.mol.oneplan.centre.SubmitQualityOfLifePlan;
import th.go.mol.oneplan.command.http.CommandSender;

import java.util.ArrayList;
import java.util.List;

/**
 * Tambon centres (ศูนย์พัฒนาคุณภาพชีวิตแรงงานนอกระบบระดับตำบล): establish one, appoint its committee, assign mentors;
 * then its work: quality-of-life plans and their funding, follow-ups, yearly evaluations, grievances.
 */
@RestController
@Profile("!query")
@Tag(name = "Tambon centre", description = "A tambon centre for informal workers, its committee and mentors")
public class TambonCentreController {
    private static final String CENTRES = "/api/tambon-centres/";

    private final CommandSender commands;
    private final RecordedCentreEvent recorded;
    private final GrievanceReferences grievanceReferences;

    public TambonCentreController(CommandSender commands, RecordedCentreEvent recorded,
                                  GrievanceReferences grievanceReferences) {
        this.commands = commands;
        this.recorded = recorded;
        this.grievanceReferences = grievanceReferences;
    }

    @PostMapping("/api/tambon-centres")
    @Operation(operationId = "establishTambonCentre",
            summary = "Establish a tambon centre in a subdistrict, at a venue",
            description = "centreId is optional: centre-, the subdistrict code and optionally -suffix; without it the"
                    + " ledger names the centre centre-<subdistrictCode>-<BE year of establishedOn>, so a resent"
                    + " request names the same centre. 409 centre-already-established if the id exists. The"
                    + " programme must be of the tambon's province. Provincial officers of that province, or"
                    + " ministry admins.")
    @ApiResponse(responseCode = "201", description = "The centre is established",
            headers = @Header(name = "Location", description = "The centre, /api/tambon-centres/{centreId}",
                    required = true))
    public ResponseEntity<CentreRecorded> establish(@Valid @RequestBody EstablishTambonCentreRequest body) {
        String centreId = body.centreId() == null
                ? CentreIds.made(body.subdistrictCode(), body.establishedOn())
                : CentreIds.ofSubdistrict(body.centreId(), body.subdistrictCode(), "centreId");
        ResponseEntity<CentreRecorded> answer = commands.sendTo(centreId, body,
                recording -> new EstablishTambonCentre(centreId, body.subdistrictCode(), body.venue().toVenue(),
                        body.establishedOn(), body.pilot(), body.programmeId(), recording), CentreRecorded::of);
        return CommandSender.createdAt(answer, recorded -> CENTRES + centreId);
    }

    @PostMapping("/api/tambon-centres/{centreId}/committee")
    @Operation(operationId = "appointCentreCommittee",
            summary = "Appoint the centre's committee",
            description = "Exactly one CHAIR, at least one tambon labour volunteer and one local-government"
                    + " representative (409 committee-one-chair, committee-needs-labour-volunteer,"
                    + " committee-needs-local-government). Once per centre; change it by amendments.")
    @ApiResponse(responseCode = "201", description = "The committee is appointed")
    public ResponseEntity<CentreRecorded> appoint(
            @Parameter(description = "The centre, like centre-840101-2563") @PathVariable String centreId,
            @Valid @RequestBody AppointCentreCommitteeRequest body) {
        String id = CentreIds.inPath(centreId);
        return commands.sendTo(id, body, recording -> new AppointCentreCommittee(id,
                body.members().stream().map(CommitteeMemberBody::toMember).toList(), body.appointedOn(), recording),
                CentreRecorded::of);
    }

    @PostMapping("/api/tambon-centres/{centreId}/committee/amendments")
    @Operation(operationId = "amendCentreCommittee",
            summary = "Add members to and remove members (by name) from the centre's committee",
            description = "The committee as amended must still have one CHAIR, a labour volunteer and a"
                    + " local-government representative (409 as for the appointment). A member changes role by"
                    + " being removed and added in the same amendment.")
    @ApiResponse(responseCode = "201", description = "The amendment is recorded")
    public ResponseEntity<CentreRecorded> amend(
            @Parameter(description = "The centre, like centre-840101-2563") @PathVariable String centreId,
            @Valid @RequestBody AmendCentreCommitteeRequest body) {
        String id = CentreIds.inPath(centreId);
        return commands.sendTo(id, body, recording -> new AmendCentreCommittee(id,
                body.membersAdded() == null ? List.of()
                        : body.membersAdded().stream().map(CommitteeMemberBody::toMember).toList(),
                body.membersRemoved() == null ? List.of() : body.membersRemoved(), body.reason(), body.amendedOn(),
                recording), CentreRecorded::of);
    }

    @PostMapping("/api/tambon-centres/{centreId}/mentors")
    @Operation(operationId = "assignCoreTeamMentor",
            summary = "Assign a mentor of the province's core team to follow the centre",
            description = "The mentor's name and agency; a mentor is assigned to a centre once (409"
                    + " mentor-already-assigned), on or after the centre's establishment.")
    @ApiResponse(responseCode = "201", description = "The mentor is assigned")
    public ResponseEntity<CentreRecorded> assignMentor(
            @Parameter(description = "The centre, like centre-840101-2563") @PathVariable String centreId,
            @Valid @RequestBody AssignCoreTeamMentorRequest body) {
        String id = CentreIds.inPath(centreId);
        return commands.sendTo(id, body, recording -> new AssignCoreTeamMentor(id, body.mentorName(), body.agency(),
                body.assignedOn(), recording), CentreRecorded::of);
    }

    @PostMapping("/api/tambon-centres/{centreId}/quality-of-life-plans")
    @Operation(operationId = "submitQualityOfLifePlan",
            summary = "Submit the centre's quality-of-life plan for a fiscal year, item by item",
            description = "Each item asks one funder (source; an OTHER funder named in otherSourceName) for an amount"
                    + " in baht with at most two decimals, more than 0 and at most 10,000,000.00 (400 naming"
                    + " items[i].amount otherwise). Submitted from a year before the fiscal year"
                    + " to its last day (400 submitted-near-fiscal-year). The committee writes the plan: 409"
                    + " plan-needs-committee without one, plan-before-committee before its appointment. The ledger"
                    + " numbers the centre's plans plan-1, plan-2, ...: the answer's planId and the Location.")
    @ApiResponse(responseCode = "201", description = "The plan is submitted",
            headers = @Header(name = "Location", description = "The plan, /api/tambon-centres/{centreId}"
                    + "/quality-of-life-plans/{planId}", required = true))
    public ResponseEntity<CentrePlanRecorded> submitPlan(
            @Parameter(description = "The centre, like centre-840101-2563") @PathVariable String centreId,
            @Valid @RequestBody SubmitQualityOfLifePlanRequest body) {
        String id = CentreIds.inPath(centreId);
        List<PlanItem> items = new ArrayList<>();
        for (int i = 0; i < body.items().size(); i++) {
            items.add(body.items().get(i).toItem("items[" + i + "]"));
        }
        ResponseEntity<CentrePlanRecorded> answer = commands.sendTo(id, body,
                recording -> new SubmitQualityOfLifePlan(id, body.fiscalYear(), items, body.submittedOn(), recording),
                outcome -> new CentrePlanRecorded(outcome.aggregateId(),
                        recorded.of(outcome, QualityOfLifePlanSubmitted.class).planId(), outcome.eventId(),
                        outcome.version()));
        return CommandSender.createdAt(answer, plan -> CENTRES + id + "/quality-of-life-plans/" + plan.planId());
    }

    @PostMapping("/api/tambon-centres/{centreId}/quality-of-life-plans/{planId}/funding")
    @Operation(operationId = "recordPlanFunding",
            summary = "Record the funders' decisions on items of a quality-of-life plan",
            description = "Per item (itemNumber from 1, once per record): GRANTED with grantedAmount in baht, more"
                    + " than 0 and at most the amount asked (409 granted-within-requested), or REFUSED with a"
                    + " reason and nothing granted (400 refused-grants-nothing). 409 unknown-plan,"
                    + " unknown-plan-item, decision-before-submission. An item is decided once (409"
                    + " item-already-decided); a correctionReason changes an earlier decision (409"
                    + " nothing-to-correct when none of the items was decided).")
    @ApiResponse(responseCode = "201", description = "The decisions are recorded")
    public ResponseEntity<CentreRecorded> recordFunding(
            @Parameter(description = "The centre, like centre-840101-2563") @PathVariable String centreId,
            @Parameter(description = "The plan, like plan-1") @PathVariable String planId,
            @Valid @RequestBody RecordPlanFundingRequest body) {
        String id = CentreIds.inPath(centreId);
        List<FundingDecision> decisions = new ArrayList<>();
        for (int i = 0; i < body.decisions().size(); i++) {
            decisions.add(body.decisions().get(i).toDecision("decisions[" + i + "]"));
        }
        return commands.sendTo(id, body, recording -> new RecordPlanFunding(id, planId, decisions, body.decidedOn(),
                body.correctionReason(), recording), CentreRecorded::of);
    }

    @PostMapping("/api/tambon-centres/{centreId}/follow-ups")
    @Operation(operationId = "recordCentreFollowUp",
            summary = "Record a follow-up of the centre's progress at a stage of the PDCA cycle",
            description = "What was found and what comes next, on a day not before the centre's establishment (409"
                    + " follow-up-before-establishment) nor in the future (400). As often as the core team visits.")
    @ApiResponse(responseCode = "201", description = "The follow-up is recorded")
    public ResponseEntity<CentreRecorded> recordFollowUp(
            @Parameter(description = "The centre, like centre-840101-2563") @PathVariable String centreId,
            @Valid @RequestBody RecordCentreFollowUpRequest body) {
        String id = CentreIds.inPath(centreId);
        return commands.sendTo(id, body, recording -> new RecordCentreFollowUp(id, body.stage(), body.followedUpOn(),
                body.findings(), body.nextSteps(), recording), CentreRecorded::of);
    }

    @PostMapping("/api/tambon-centres/{centreId}/yearly-evaluations")
    @Operation(operationId = "recordYearlyEvaluation",
            summary = "Record the centre's evaluation of a fiscal year and the lessons learned",
            description = "One per fiscal year (409 evaluation-already-recorded), made from the year's first day to"
                    + " a year after its last (400 evaluated-near-fiscal-year), not before the centre's"
                    + " establishment (409 evaluation-before-establishment).")
    @ApiResponse(responseCode = "201", description = "The evaluation is recorded")
    public ResponseEntity<CentreRecorded> recordEvaluation(
            @Parameter(description = "The centre, like centre-840101-2563") @PathVariable String centreId,
            @Valid @RequestBody RecordYearlyEvaluationRequest body) {
        String id = CentreIds.inPath(centreId);
        return commands.sendTo(id, body, recording -> new RecordYearlyEvaluation(id, body.fiscalYear(),
                body.summary(), body.lessonsLearned(), body.evaluatedOn(), recording), CentreRecorded::of);
    }

    @PostMapping("/api/tambon-centres/{centreId}/grievances")
    @Operation(operationId = "recordGrievance",
            summary = "Record a grievance a registered worker brought to the centre",
            description = "The worker by register id only (400 worker-id-format): registered (409 unknown-worker"
                    + " naming workerId) and not erased (409 personal-data-erased naming workerId). A topic (an"
                    + " OTHER topic labelled"
                    + " in otherTopic) and the channel; no free-text account, so no personal data enters the"
                    + " centre's events. The committee receives grievances: 409 grievance-needs-committee without"
                    + " one, grievance-before-committee before its appointment. The ledger numbers the centre's"
                    + " grievances grievance-1, grievance-2, ...: the answer's grievanceId and the Location.")
    @ApiResponse(responseCode = "201", description = "The grievance is recorded",
            headers = @Header(name = "Location", description = "The grievance, /api/tambon-centres/{centreId}"
                    + "/grievances/{grievanceId}", required = true))
    public ResponseEntity<CentreGrievanceRecorded> recordGrievance(
            @Parameter(description = "The centre, like centre-840101-2563") @PathVariable String centreId,
            @Valid @RequestBody RecordGrievanceRequest body) {
        String id = CentreIds.inPath(centreId);
        grievanceReferences.check(id, body.workerId());
        ResponseEntity<CentreGrievanceRecorded> answer = commands.sendTo(id, body,
                recording -> new RecordGrievance(id, body.workerId(), body.topic(), body.otherTopic(), body.channel(),
                        body.receivedOn(), recording),
                outcome -> new CentreGrievanceRecorded(outcome.aggregateId(),
                        recorded.of(outcome, GrievanceRecorded.class).grievanceId(), outcome.eventId(),
                        outcome.version()));
        return CommandSender.createdAt(answer, grievance -> CENTRES + id + "/grievances/" + grievance.grievanceId());
    }

    @PostMapping("/api/tambon-centres/{centreId}/grievances/{grievanceId}/resolution")
    @Operation(operationId = "resolveGrievance",
            summary = "Resolve a grievance: what the centre did or where it referred the matter",
            description = "Once per grievance (409 grievance-already-resolved), not before it was received (409"
                    + " resolution-before-grievance); 409 unknown-grievance. Words about the action, not the"
                    + " person.")
    @ApiResponse(responseCode = "201", description = "The resolution is recorded")
    public ResponseEntity<CentreRecorded> resolveGrievance(
            @Parameter(description = "The centre, like centre-840101-2563") @PathVariable String centreId,
            @Parameter(description = "The grievance, like grievance-1") @PathVariable String grievanceId,
            @Valid @RequestBody ResolveGrievanceRequest body) {
        String id = CentreIds.inPath(centreId);
        return commands.sendTo(id, body, recording -> new ResolveGrievance(id, grievanceId, body.resolution(),
                body.resolvedOn(), recording), CentreRecorded::of);
    }
}
