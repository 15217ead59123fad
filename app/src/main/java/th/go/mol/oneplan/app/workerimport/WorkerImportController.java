package th.go.mol.oneplan.app.workerimport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.app.security.Caller;
import th.go.mol.oneplan.app.security.access.AccessRules;
import th.go.mol.oneplan.centre.CentreIds;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.common.ThaiDates;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A centre's survey imported over HTTP: the upload answers 202 as soon as the file is stored and its header
 * checked; the job runs in the background; its status and its error report (JSON pages or one CSV) are read
 * while it runs and after. See docs/import.md.
 */
@RestController
@Profile("!query")
@Tag(name = "Worker imports", description = "Bulk import of a tambon centre's survey of informal workers (CSV)")
public class WorkerImportController {
    static final String TEXT_CSV = "text/csv";
    private static final int DEFAULT_SIZE = 100;
    private static final int MAX_SIZE = 1000;
    private static final Pattern JOB_ID = Pattern.compile("import-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}"
            + "-[0-9a-f]{12}");

    private final WorkerImports imports;
    private final ImportJobs jobs;
    private final AccessRules access;
    private final Clock clock;

    public WorkerImportController(WorkerImports imports, ImportJobs jobs, AccessRules access, Clock clock) {
        this.imports = imports;
        this.jobs = jobs;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping(path = "/api/tambon-centres/{centreId}/worker-imports", consumes = TEXT_CSV)
    @Operation(operationId = "importCentreSurvey",
            summary = "Import a centre's survey of informal workers (CSV), as a background job",
            description = "The body is the survey file: UTF-8 (a byte order mark is accepted), a header row naming"
                    + " the columns nationalId, title, firstName, lastName, dateOfBirth, houseNumber, villageNumber,"
                    + " subdistrictCode, occupation, education, phone, problems, needs, lawfulBasis, consentedOn,"
                    + " purpose, registeredOn (any order, each once), then one worker per row, all registered by"
                    + " this centre. A header with an unknown, missing or repeated column is refused whole (400"
                    + " naming the column); the centre must exist (404). The answer comes once the file is stored:"
                    + " 202 with the job, which registers the good rows and reports every bad one. The same file"
                    + " again creates nothing new. Provincial officers of the centre's province, ministry admins.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The survey file",
            content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "202", description = "The file is stored and the job queued",
            headers = @Header(name = "Location", description = "The job, /api/worker-imports/{jobId}",
                    required = true))
    public ResponseEntity<ImportJobView> upload(
            @Parameter(description = "The centre, like centre-840101-2563") @PathVariable String centreId,
            HttpServletRequest request, Principal user) throws IOException {
        String id = CentreIds.inPath(centreId);
        MediaType type = MediaType.parseMediaType(request.getContentType());
        if (type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
            throw new InvalidValue("Content-Type", "utf-8", "the survey file is sent in UTF-8");
        }
        ImportJob job = imports.submit(id, user.getName(), request.getInputStream());
        imports.start(job.jobId());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/worker-imports/" + job.jobId()))
                .body(ImportJobView.of(job, clock.instant()));
    }

    @GetMapping("/api/worker-imports/{jobId}")
    @Operation(operationId = "showWorkerImport", summary = "Show an import job's progress",
            description = "Status (QUEUED, RUNNING, DONE, FAILED, INTERRUPTED), rows done, registered, already"
                    + " registered, rejected, the rate in rows per second and the seconds left. As for the upload:"
                    + " provincial officers of the centre's province, ministry admins. 404 for an unknown job.")
    @ApiResponse(responseCode = "200", description = "The job")
    public ImportJobView show(@Parameter(description = "The job, import-<uuid>") @PathVariable String jobId) {
        return ImportJobView.of(visible(jobId), clock.instant());
    }

    @GetMapping(path = "/api/worker-imports/{jobId}/errors", produces = {MediaType.APPLICATION_JSON_VALUE, TEXT_CSV})
    @Operation(operationId = "listWorkerImportErrors", summary = "The job's report of bad rows",
            description = "Every bad value of every refused row: line (the header is line 1), field (the column, or"
                    + " row), rule and message; messages never repeat the value. JSON in pages, or with Accept:"
                    + " text/csv the whole report as one CSV (line,field,rule,message), page and size ignored.")
    @ApiResponse(responseCode = "200", description = "The report (so far, while the job runs)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ImportErrorPage.class)),
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"))})
    public ResponseEntity<?> errors(@Parameter(description = "The job, import-<uuid>") @PathVariable String jobId,
                                    @Parameter(description = "page number from 0")
                                    @RequestParam(required = false) String page,
                                    @Parameter(description = "errors per page, 1 to 1000, default 100")
                                    @RequestParam(required = false) String size,
                                    HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ImportJob job = visible(jobId);
        if (wantsCsv(request.getHeader(HttpHeaders.ACCEPT))) {
            // Written as it is read (a cursor over the report), never held whole: the report may be long.
            response.setStatus(200);
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + job.jobId()
                    + "-errors.csv\"");
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(),
                    StandardCharsets.UTF_8));
            writer.write("line,field,rule,message\r\n");
            try {
                jobs.eachError(job.jobId(), e -> {
                    try {
                        writer.write(e.line() + "," + csvField(e.field()) + "," + csvField(e.rule()) + ","
                                + csvField(e.message()) + "\r\n");
                    } catch (IOException io) {
                        throw new UncheckedIOException(io);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
            return null;
        }
        int pageNumber = number(page, "page", 0, 0, Integer.MAX_VALUE);
        int pageSize = number(size, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        List<ImportErrorPage.Entry> entries = jobs.errors(job.jobId(), pageNumber, pageSize).stream()
                .map(ImportErrorPage.Entry::of).toList();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(new ImportErrorPage(pageNumber, pageSize, jobs.errorCount(job.jobId()), entries));
    }

    /** The job, if it exists and the caller may see its centre's records. */
    private ImportJob visible(String jobId) {
        if (jobId == null || !JOB_ID.matcher(jobId).matches()) {
            throw new InvalidValue("jobId", "import-job-id-format", "jobId is import- and a UUID in lower case, as"
                    + " the upload answered");
        }
        ImportJob job = jobs.find(jobId).orElseThrow(() -> new NotFound("import job", "there is no import job "
                + jobId));
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new AuthorizationDeniedException("not authenticated"));
        AuthorizationDecision decision = access.mayRecordOnCentre(caller, job.centreId());
        if (!decision.isGranted()) {
            throw new AuthorizationDeniedException("outside scope", decision);
        }
        return job;
    }

    /** CSV when the client asks for it before (or instead of) JSON. */
    private static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types = MediaType.parseMediaTypes(accept);
        MediaType.sortByQualityValue(types);
        for (MediaType type : types) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return false;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }

    private static String csvField(String text) {
        if (text == null) {
            return "";
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static int number(String text, String field, int defaultValue, int min, int max) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        String digits = ThaiDates.arabicDigits(text.strip());
        if (!digits.matches("\\d{1,9}")) {
            throw new InvalidValue(field, "integer", field + " is a whole number");
        }
        int value = Integer.parseInt(digits);
        if (value < min || value > max) {
            throw new InvalidValue(field, "range", field + " must be between " + min + " and " + max + ", got "
                    + value);
        }
        return value;
    }
}
