package th.go.mol.oneplan.command.register;

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
import th.go.mol.oneplan.centre.CentreId;
import th.go.mol.oneplan.centre.CentreIds;
import th.go.mol.oneplan.command.http.CommandSender;
import th.go.mol.oneplan.register.ErasePersonalData;
import th.go.mol.oneplan.register.MoveWorker;
import th.go.mol.oneplan.register.NationalId;
import th.go.mol.oneplan.register.RecordServiceDelivered;
import th.go.mol.oneplan.register.RegisterWorker;
import th.go.mol.oneplan.register.UpdateWorkerProfile;
import th.go.mol.oneplan.register.WorkerId;

import java.util.UUID;

/**
 * The register of informal workers (ทะเบียนแรงงานนอกระบบ) over HTTP: register a worker at a tambon centre, update
 * the profile, move the worker, record the services received, erase the personal data at the worker's request.
 * Checks across aggregates ({@link RegisterChecks}) come before the command is sent; the worker's rules are the
 * domain's.
 */
@RestController
@Profile("!query")
@Tag(name = "Register", description = "The register of informal workers kept by tambon centres")
public class WorkerController {
    static final String WORKERS = "/api/workers/";

    private final CommandSender commands;
    private final RegisterChecks checks;

    public WorkerController(CommandSender commands, RegisterChecks checks) {
        this.commands = commands;
        this.checks = checks;
    }

    @PostMapping("/api/tambon-centres/{centreId}/workers")
    @Operation(operationId = "registerWorker",
            summary = "Register an informal worker in the centre's register",
            description = "workerId is optional (worker- and a UUID); without it the ledger picks one, and a request"
                    + " resent with the same Idempotency-Key answers the first workerId. 400 naming nationalId"
                    + " (national-id-format, national-id-check-digit) and every other field as docs/register.md"
                    + " lists. 404 when the centre was never established; 409 centre-of-another-province when the"
                    + " address's subdistrict is not in the centre's province; 409 registration-before-centre"
                    + " (naming registeredOn) when dated before the centre was established; 409"
                    + " national-id-registered when the"
                    + " register already holds the person, naming only the holding centre (centreId). Provincial"
                    + " officers of the centre's province, or ministry admins.")
    @ApiResponse(responseCode = "201", description = "The worker is registered",
            headers = @Header(name = "Location", description = "The worker, /api/workers/{workerId}",
                    required = true))
    public ResponseEntity<WorkerRecorded> register(
            @Parameter(description = "The centre, like centre-550101-2563") @PathVariable String centreId,
            @Valid @RequestBody RegisterWorkerRequest body) {
        String centre = CentreIds.inPath(centreId);
        String workerId = body.workerId() == null ? WorkerId.PREFIX + UUID.randomUUID()
                : WorkerId.valid(body.workerId(), "workerId");
        NationalId nationalId = NationalId.parse(body.nationalId(), "nationalId");
        checks.centreInPathTakes(centre, body.address().subdistrictCode(), body.registeredOn());
        // The body without a workerId is the request: resent with its Idempotency-Key it gets the first worker back.
        ResponseEntity<WorkerRecorded> answer = commands.sendTo(workerId, body,
                recording -> new RegisterWorker(workerId, nationalId, body.title(), body.firstName(), body.lastName(),
                        body.dateOfBirth(), body.address().toAddress(), body.occupation(), body.education(),
                        body.phone(), body.problems(), body.needs(), body.lawfulBasis().toLawfulBasis(), centre,
                        body.registeredOn(), recording),
                WorkerRecorded::of);
        return CommandSender.createdAt(answer, recorded -> WORKERS + recorded.workerId());
    }

    @PostMapping("/api/workers/{workerId}/profile")
    @Operation(operationId = "updateWorkerProfile",
            summary = "Update a worker's occupation, education, phone, problems or needs",
            description = "Only the fields sent change (400 nothing-to-update when none is); a list replaces the"
                    + " list. 409 personal-data-erased once the worker's data was erased. Provincial officers of the"
                    + " worker's province, or ministry admins.")
    @ApiResponse(responseCode = "201", description = "The profile is updated")
    public ResponseEntity<WorkerRecorded> updateProfile(
            @Parameter(description = "The worker, worker- and a UUID") @PathVariable String workerId,
            @Valid @RequestBody UpdateWorkerProfileRequest body) {
        String id = WorkerId.valid(workerId, "workerId");
        return commands.sendTo(id, body, recording -> new UpdateWorkerProfile(id, body.occupation(),
                body.education(), body.phone(), body.problems(), body.needs(), recording), WorkerRecorded::of);
    }

    @PostMapping("/api/workers/{workerId}/moves")
    @Operation(operationId = "moveWorker",
            summary = "Record a worker's move to a new address, in the register of the centre named",
            description = "The centre must be established (409 unknown-centre) and of the new subdistrict's"
                    + " province (409 centre-of-another-province); the move not before the current address (409"
                    + " move-before-current-address) and not before the centre was established (409"
                    + " move-before-centre, naming movedOn); 409 personal-data-erased once the worker's data was"
                    + " erased."
                    + " Provincial officers of the worker's province, or ministry admins.")
    @ApiResponse(responseCode = "201", description = "The move is recorded")
    public ResponseEntity<WorkerRecorded> move(
            @Parameter(description = "The worker, worker- and a UUID") @PathVariable String workerId,
            @Valid @RequestBody MoveWorkerRequest body) {
        String id = WorkerId.valid(workerId, "workerId");
        String centre = CentreId.valid(body.centreId(), "centreId");
        checks.centreInBodyTakes(centre, body.address().subdistrictCode(), body.movedOn());
        return commands.sendTo(id, body, recording -> new MoveWorker(id, body.address().toAddress(), centre,
                body.movedOn(), recording), WorkerRecorded::of);
    }

    @PostMapping("/api/workers/{workerId}/services")
    @Operation(operationId = "recordServiceDelivered",
            summary = "Record a service a worker received",
            description = "The service, the agency (PARTNER named in partnerAgency), the day; a driveId must name"
                    + " a started drive (409 unknown-drive naming it), a projectCode needs a driveId and must be a"
                    + " project of the drive's plan version in force on deliveredOn (409 unknown-project naming"
                    + " projectCode; leave it out to record the service under the drive alone). 409"
                    + " service-before-registration, personal-data-erased. Provincial officers of the worker's"
                    + " province, or ministry admins.")
    @ApiResponse(responseCode = "201", description = "The service is recorded")
    public ResponseEntity<WorkerRecorded> recordService(
            @Parameter(description = "The worker, worker- and a UUID") @PathVariable String workerId,
            @Valid @RequestBody RecordServiceDeliveredRequest body) {
        String id = WorkerId.valid(workerId, "workerId");
        if (body.driveId() != null) {
            checks.driveStarted(body.driveId(), body.projectCode(), body.deliveredOn());
        }
        return commands.sendTo(id, body, recording -> new RecordServiceDelivered(id, body.service(), body.agency(),
                body.partnerAgency(), body.deliveredOn(), body.driveId(), body.projectCode(), recording),
                WorkerRecorded::of);
    }

    @PostMapping("/api/workers/{workerId}/erasure")
    @Operation(operationId = "erasePersonalData",
            summary = "Erase a worker's personal data at their request (PDPA section 33)",
            description = "On a ground, with the request's reference; not before the registration (409"
                    + " erasure-before-registration), once (409 already-erased). The worker stays in every count;"
                    + " their national id, names, date of birth, phone and house address read as erased"
                    + " everywhere from then on. Provincial officers of the worker's province, or ministry admins.")
    @ApiResponse(responseCode = "201", description = "The personal data is erased")
    public ResponseEntity<WorkerRecorded> erase(
            @Parameter(description = "The worker, worker- and a UUID") @PathVariable String workerId,
            @Valid @RequestBody ErasePersonalDataRequest body) {
        String id = WorkerId.valid(workerId, "workerId");
        return commands.sendTo(id, body, recording -> new ErasePersonalData(id, body.ground(), body.requestedOn(),
                body.reference(), recording), WorkerRecorded::of);
    }
}
