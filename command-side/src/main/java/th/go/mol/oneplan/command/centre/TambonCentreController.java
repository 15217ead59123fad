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
import th.go.mol.oneplan.command.http.CommandSender;

import java.net.URI;
import java.util.List;

/** Tambon centres (ศูนย์พัฒนาคุณภาพชีวิตแรงงานนอกระบบระดับตำบล): establish one, appoint its committee, assign mentors. */
@RestController
@Profile("!query")
@Tag(name = "Tambon centre", description = "A tambon centre for informal workers, its committee and mentors")
public class TambonCentreController {
    private final CommandSender commands;

    public TambonCentreController(CommandSender commands) {
        this.commands = commands;
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
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .location(URI.create("/api/tambon-centres/" + centreId)).body(answer.getBody());
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
}
