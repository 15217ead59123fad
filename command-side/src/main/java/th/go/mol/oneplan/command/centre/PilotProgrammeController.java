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
import th.go.mol.oneplan.centre.DeclarePilotProgramme;
import th.go.mol.oneplan.centre.DesignatePilotCentre;
import th.go.mol.oneplan.centre.PilotProgrammeId;
import th.go.mol.oneplan.command.http.CommandSender;
import th.go.mol.oneplan.common.FiscalYear;


/** A province's pilot programme of tambon centres (โครงการนำร่องจัดตั้งศูนย์ฯ ระดับตำบล): declare it, designate pilots. */
@RestController
@Profile("!query")
@Tag(name = "Pilot programme", description = "A province's pilot programme of tambon centres: one pilot per district")
public class PilotProgrammeController {
    private final CommandSender commands;

    public PilotProgrammeController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/pilot-programmes")
    @Operation(operationId = "declarePilotProgramme",
            summary = "Declare a province's pilot programme of tambon centres for a fiscal year",
            description = "The programme's id is pilot-, the province code and the BE fiscal year (pilot-84-2563)."
                    + " Provincial officers of that province, or ministry admins. 409 programme-already-declared if it"
                    + " exists; declaredOn lies from a year before the fiscal year to its last day.")
    @ApiResponse(responseCode = "201", description = "The programme is declared",
            headers = @Header(name = "Location", description = "The programme, /api/pilot-programmes/{programmeId}",
                    required = true))
    public ResponseEntity<ProgrammeRecorded> declare(@Valid @RequestBody DeclarePilotProgrammeRequest body) {
        String programmeId = new PilotProgrammeId(body.provinceCode(), new FiscalYear(body.fiscalYear())).toString();
        ResponseEntity<ProgrammeRecorded> answer = commands.sendTo(programmeId, body,
                recording -> new DeclarePilotProgramme(programmeId, body.provinceCode(), body.fiscalYear(), body.name(),
                        body.declaredOn(), recording), ProgrammeRecorded::of);
        return CommandSender.createdAt(answer, recorded -> "/api/pilot-programmes/" + programmeId);
    }

    @PostMapping("/api/pilot-programmes/{programmeId}/pilot-centres")
    @Operation(operationId = "designatePilotCentre",
            summary = "Designate a district's pilot tambon and the id of its centre",
            description = "One pilot per district: a second is 409 one-pilot-per-district naming the district's"
                    + " pilot. The subdistrict must be of the programme's province; centreId names it"
                    + " (centre-840101-2563). 404 if the programme is not declared.")
    @ApiResponse(responseCode = "201", description = "The pilot is designated")
    public ResponseEntity<ProgrammeRecorded> designate(
            @Parameter(description = "The programme, like pilot-84-2563") @PathVariable String programmeId,
            @Valid @RequestBody DesignatePilotCentreRequest body) {
        String id = PilotProgrammeId.parse(programmeId, "programmeId").toString();
        String centreId = CentreIds.ofSubdistrict(body.centreId(), body.subdistrictCode(), "centreId");
        return commands.sendTo(id, body, recording -> new DesignatePilotCentre(id, centreId, body.subdistrictCode(),
                body.designatedOn(), recording), ProgrammeRecorded::of);
    }
}
