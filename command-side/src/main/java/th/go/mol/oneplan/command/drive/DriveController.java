package th.go.mol.oneplan.command.drive;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.drive.LeadOfficer;
import th.go.mol.oneplan.drive.SelectAgendaItems;
import th.go.mol.oneplan.drive.StartProvincialDrive;


@RestController
@Profile("!query")
@Tag(name = "Provincial drive", description = "Open a province's drive for a fiscal year and choose its agenda")
public class DriveController {
    private final CommandSender commands;

    public DriveController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/drives")
    @Operation(summary = "Start a province's drive for a fiscal year (step 1: the lead officer is assigned)",
            description = "The drive's id is the province code and the BE fiscal year (92-2562). The officer must be"
                    + " of that province. 409 drive-already-started if it exists; the assignment date must lie in"
                    + " the fiscal year (or send lateRecord).")
    @ApiResponse(responseCode = "201", description = "The drive is started",
            headers = @Header(name = "Location", description = "The drive, /api/drives/{driveId}", required = true))
    public ResponseEntity<Recorded> start(@Valid @RequestBody StartDriveRequest body) {
        String driveId = new DriveId(body.provinceCode(), new FiscalYear(body.fiscalYear())).toString();
        ResponseEntity<Recorded> answer = commands.send(driveId, body, recording -> new StartProvincialDrive(driveId,
                body.provinceCode(), body.fiscalYear(),
                new LeadOfficer(body.leadOfficer().name().strip(), body.leadOfficer().position().strip()),
                body.leadAssignedOn(), body.lateRecord(), recording));
        return CommandSender.createdAt(answer, recorded -> "/api/drives/" + driveId);
    }

    @PostMapping("/api/drives/{driveId}/agenda-items")
    @Operation(summary = "Select A1 agenda items (1-13) to drive, as decided at a recorded meeting",
            description = "The meeting (its number, like 5/2561) must already be recorded on the drive; its date is"
                    + " the business date. meetingType is needed only when two meetings share the number.")
    public ResponseEntity<Recorded> selectAgendaItems(@PathVariable String driveId,
                                                      @Valid @RequestBody SelectAgendaItemsRequest body) {
        return commands.send(driveId, body, recording -> new SelectAgendaItems(driveId, body.items(), body.meetingNumber(),
                body.meetingType(), body.lateRecord(), recording));
    }
}
