package th.go.mol.oneplan.command.fieldwork;

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
import th.go.mol.oneplan.drive.fieldwork.LogFieldVisit;

@RestController
@Profile("!query")
@Tag(name = "Field work", description = "Carrying out the approved plan in the field (KPI level 3)")
public class FieldVisitController {
    private final CommandSender commands;

    public FieldVisitController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/drives/{driveId}/field-visits")
    @Operation(summary = "Log a field visit to a pilot site under a project of the approved plan")
    public ResponseEntity<Recorded> log(@PathVariable String driveId, @Valid @RequestBody LogFieldVisitRequest body) {
        return commands.send(driveId, body, recording -> new LogFieldVisit(driveId, body.visitDate(),
                body.siteSubdistrictCode(), body.venue(), body.agenciesPresent(), body.peopleReached(),
                body.servicesDelivered(), body.planProjectCode(), body.lateRecord(), recording));
    }
}
