package th.go.mol.oneplan.command.fieldwork;

import th.go.mol.oneplan.command.budget.AllocationRefBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.command.http.Baht;
import th.go.mol.oneplan.command.http.CommandSender;
import th.go.mol.oneplan.command.http.Recorded;
import th.go.mol.oneplan.drive.fieldwork.LogFieldVisit;
import th.go.mol.oneplan.drive.fieldwork.RecordActivity;

@RestController
@Profile("!query")
@Tag(name = "Field work", description = "Carrying out the approved plan in the field (KPI level 3)")
public class FieldVisitController {
    private final CommandSender commands;
    private final FieldWorkReferences references;

    public FieldVisitController(CommandSender commands, FieldWorkReferences references) {
        this.commands = commands;
        this.references = references;
    }

    @PostMapping("/api/drives/{driveId}/field-visits")
    @Operation(summary = "Log a field visit under a project of the approved plan",
            description = "The project must be in the plan version in force on the visit's date (409"
                    + " project-of-approved-plan). A site that version does not list for the project is recorded and"
                    + " flagged for the inspector (the drive's fieldVisits[].flags), not refused. "
                    + "amountSpent (baht) is spent from the remaining money of one of the project's allocations"
                    + " (fundedBy names which, when the project has several): 409 overspend when it is more than"
                    + " remains. centreId names the tambon centre visited (its tambon in the drive's province; 409"
                    + " unknown-centre when never established) and workerIds the registered workers served (409"
                    + " unknown-worker naming workerIds[i]); each worker counts once per drive.")
    public ResponseEntity<Recorded> log(@PathVariable String driveId, @Valid @RequestBody LogFieldVisitRequest body) {
        references.check(driveId, body.centreId(), body.workerIds());
        return commands.send(driveId, body, recording -> new LogFieldVisit(driveId, body.visitDate(),
                body.siteSubdistrictCode(), body.venue(), body.agenciesPresent(), body.peopleReached(),
                body.servicesDelivered(), body.planProjectCode(), body.lateRecord(), recording, body.amountSpentSatang(),
                AllocationRefBody.toRef(body.fundedBy()), body.centreId(), body.workerIds()));
    }

    @PostMapping("/api/drives/{driveId}/activities")
    @Operation(summary = "Record an activity (a training batch, a service day) under a project of the approved plan",
            description = "Spends amountSpent (baht) from one of the project's allocations (fundedBy names which, when"
                    + " the project has several; 409 name-the-allocation otherwise): 409 overspend naming the project,"
                    + " the allocation, allocated, spent and remaining when it is more than remains (reallocate first). The"
                    + " first activity or field visit after the plan's approval reaches KPI level 3. workerIds names"
                    + " the registered workers served (409 unknown-worker naming workerIds[i]); each worker counts"
                    + " once per drive.")
    public ResponseEntity<Recorded> activity(@PathVariable String driveId,
                                             @Valid @RequestBody RecordActivityRequest body) {
        references.check(driveId, null, body.workerIds());
        return commands.send(driveId, body, recording -> new RecordActivity(driveId, body.activityDate(),
                body.siteSubdistrictCode(), body.participants(), Baht.toSatang(body.amountSpent(), "amountSpent"),
                body.agency(), body.planProjectCode(), body.description(), body.lateRecord(), recording,
                AllocationRefBody.toRef(body.fundedBy()), body.workerIds()));
    }
}
