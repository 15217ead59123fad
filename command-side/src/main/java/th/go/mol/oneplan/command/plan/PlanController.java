package th.go.mol.oneplan.command.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.command.http.CommandSender;
import th.go.mol.oneplan.command.http.Recorded;
import th.go.mol.oneplan.drive.plan.ApprovePlan;
import th.go.mol.oneplan.drive.plan.DraftPlan;
import th.go.mol.oneplan.drive.plan.RevisePlan;

@RestController
@Profile("!query")
@RequestMapping("/api/drives/{driveId}/plans")
@Tag(name = "One Plan", description = "Draft, revise and approve the One Plan (KPI level 2)")
public class PlanController {
    private final CommandSender commands;

    public PlanController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Write a new plan version: the first draft, or a revision when a reason is given",
            description = "The One Goal and the projects, each with its pilot sites (subdistrict codes of the province) and its"
                    + " money: allocations (amount, budgetSource, agency) or one budget and budgetSource. A revision"
                    + " gives a reason and may name the inspection it follows. Amounts are baht with 2 decimals.")
    public ResponseEntity<Recorded> write(@PathVariable String driveId, @Valid @RequestBody WritePlanRequest body) {
        if (body.isRevision()) {
            return commands.send(driveId, body, recording -> new RevisePlan(driveId, body.reason(), body.inspectionEventId(),
                    body.oneGoal(), body.planProjects(), body.writtenOn(), body.lateRecord(), recording));
        }
        return commands.send(driveId, body, recording -> new DraftPlan(driveId, body.oneGoal(), body.planProjects(),
                body.writtenOn(), body.lateRecord(), recording));
    }

    @PostMapping("/{version}/approval")
    @Operation(summary = "Approve a plan version at a recorded working-group meeting",
            description = "version is the plan version number (1 for the first draft). The meeting must be a recorded"
                    + " WORKING_GROUP meeting (409 approval-at-working-group-meeting). Reaches KPI level 2.")
    public ResponseEntity<Recorded> approve(@PathVariable String driveId, @PathVariable int version,
                                            @Valid @RequestBody ApprovePlanRequest body) {
        return commands.send(driveId, body, recording -> new ApprovePlan(driveId, version, body.meetingNumber(),
                body.lateRecord(), recording));
    }
}
