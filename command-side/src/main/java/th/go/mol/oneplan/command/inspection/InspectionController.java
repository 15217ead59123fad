package th.go.mol.oneplan.command.inspection;

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
import th.go.mol.oneplan.drive.inspection.RecordInspection;

@RestController
@Profile("!query")
@Tag(name = "Inspections", description = "Visits of MOL inspectors and their recommendations")
public class InspectionController {
    private final CommandSender commands;

    public InspectionController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/drives/{driveId}/inspections")
    @Operation(operationId = "recordInspection", summary = "Record an inspection with findings and recommendations",
            description = "Recorded by an INSPECTOR. A plan revision may later name this inspection (inspectionEventId).")
    public ResponseEntity<Recorded> record(@PathVariable String driveId,
                                           @Valid @RequestBody RecordInspectionRequest body) {
        return commands.send(driveId, body, recording -> new RecordInspection(driveId, body.inspector(),
                body.inspectionDate(), body.findings(), body.recommendations(), body.lateRecord(), recording));
    }
}
