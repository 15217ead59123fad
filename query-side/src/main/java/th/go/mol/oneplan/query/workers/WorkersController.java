package th.go.mol.oneplan.query.workers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.centre.CentreIds;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.query.QueryParameters;
import th.go.mol.oneplan.register.WorkerId;

/**
 * Reads of the register of informal workers: a centre's register (no personal data), a worker (personal data
 * masked), and a worker's personal data unmasked (a separate request, with a reason, recorded in the
 * personal-data access log before it is answered).
 */
@RestController
@Profile("!command")
@Tag(name = "Register", description = "The register of informal workers kept by tambon centres")
public class WorkersController {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 100;

    private final WorkerQueries queries;
    private final PersonalDataReadGuard guard;

    public WorkersController(WorkerQueries queries, PersonalDataReadGuard guard) {
        this.queries = queries;
        this.guard = guard;
    }

    @GetMapping("/api/tambon-centres/{centreId}/workers")
    @Operation(operationId = "listCentreWorkers", summary = "Page through a centre's register of workers",
            description = "The workers the centre's register holds now, in the order of registration, with the"
                    + " fields that identify nobody (tambon, title, sex, age band, occupation, education, problems,"
                    + " needs, services received, erased) and no personal data, masked or not. Provincial officers"
                    + " of the centre's province, inspectors, the ministry.")
    @ApiResponse(responseCode = "200", description = "A page of the register, perhaps empty")
    public WorkersPage workers(@Parameter(description = "The centre, like centre-550101-2563")
                               @PathVariable String centreId,
                               @Parameter(description = "page number from 0") @RequestParam(required = false) String page,
                               @Parameter(description = "workers per page, 1 to 100, default 50")
                               @RequestParam(required = false) String size) {
        String id = CentreIds.inPath(centreId);
        int pageNumber = QueryParameters.inRange(page, "page", 0, 0, 1_000_000);
        int pageSize = QueryParameters.inRange(size, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        return queries.ofCentre(id, pageNumber, pageSize);
    }

    @GetMapping("/api/workers/{workerId}")
    @Operation(operationId = "showWorker", summary = "Show a registered worker, personal data masked",
            description = "The worker's centre, tambon, title, sex, age band, occupation, education, problems,"
                    + " needs, lawful basis, registration day and services received; the national id"
                    + " (x-xxxx-xxxxx-xx-3), names (first letter) and phone (08x-xxx-1234) masked, the date of"
                    + " birth and house address left out. Erased: erased true and every personal field null."
                    + " Provincial officers of the worker's province, inspectors, the ministry. 404 for a worker"
                    + " not (yet) in the register.")
    @ApiResponse(responseCode = "200", description = "The worker, masked")
    public WorkerDetail worker(@Parameter(description = "The worker, worker- and a UUID")
                               @PathVariable String workerId) {
        String id = WorkerId.valid(workerId, "workerId");
        return queries.masked(id).orElseThrow(() -> unknown(id));
    }

    @GetMapping("/api/workers/{workerId}/personal-data")
    @Operation(operationId = "showWorkerPersonalData", summary = "Read a worker's personal data unmasked",
            description = "Inspectors only, with a reason in the X-Access-Reason header (10 to 500 characters; Thai"
                    + " percent-encoded as UTF-8 or raw UTF-8): 400 naming X-Access-Reason without one, 403 for"
                    + " another role. The read is recorded in the personal-data access log (who, when, whose, why,"
                    + " this endpoint) before it is answered. Erased: erased true and every personal field null.")
    @Parameter(in = ParameterIn.HEADER, name = "X-Access-Reason", required = true,
            description = "Why you need the data, 10 to 500 characters", schema = @Schema(type = "string"))
    @ApiResponse(responseCode = "200", description = "The worker's personal data")
    public WorkerPersonalData personalData(@Parameter(description = "The worker, worker- and a UUID")
                                           @PathVariable String workerId, HttpServletRequest request) {
        String id = WorkerId.valid(workerId, "workerId");
        if (!queries.exists(id)) {
            throw unknown(id);
        }
        guard.authorize(request, PersonalDataReadGuard.INFORMAL_WORKER, id);
        return queries.unmasked(id).orElseThrow(() -> unknown(id));
    }

    private static NotFound unknown(String workerId) {
        return new NotFound("worker", "no worker " + workerId + " is in the register");
    }
}
