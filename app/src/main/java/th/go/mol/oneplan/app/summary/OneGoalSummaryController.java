package th.go.mol.oneplan.app.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.query.QueryParameters;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.summary.OneGoalSummaries;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary;

import java.util.List;

/**
 * A drive's One Goal summary, replayed from the event store on each request: JSON by default, the printable Thai
 * report as HTML or PDF by the Accept header. Read access as for the drive's other reads (AccessRules).
 */
@RestController
@Profile("!command")
@Tag(name = "Drives")
public class OneGoalSummaryController {
    static final String PDF = "application/pdf";

    private final OneGoalSummaries summaries;
    private final SummaryDocuments documents;

    public OneGoalSummaryController(OneGoalSummaries summaries, SummaryDocuments documents) {
        this.summaries = summaries;
        this.documents = documents;
    }

    @GetMapping(path = "/api/drives/{driveId}/one-goal-summary",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE, PDF})
    @Operation(operationId = "showOneGoalSummary", summary = "The drive's One Goal summary for its fiscal year",
            description = "Replayed from the event store (not the read tables): KPI levels with dates and evidence,"
                    + " plan versions and why they changed, projects with targets and results, budget by agency,"
                    + " source and month, field visits (flagged when outside the plan in force) and activities,"
                    + " people reached and registered workers served, reporting compliance, inspections and what"
                    + " followed them, corrections and late records. JSON by default; Accept: text/html for the"
                    + " printable report in Thai, application/pdf for the same as PDF. The same events give the same"
                    + " bytes of JSON and HTML. asOf and recordedAsOf read the record by the two clocks; the answer"
                    + " states its basis. 404 for an unknown drive (docs/one-goal-summary.md).")
    @ApiResponse(responseCode = "200", description = "The summary", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = OneGoalYearSummary.class)),
            @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
            @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary"))})
    public ResponseEntity<?> summary(
            @Parameter(description = "province code and BE fiscal year, e.g. 92-2562") @PathVariable String driveId,
            @Parameter(description = "business date: leave out acts dated after it (2019-09-30, 30/09/2562)")
            @RequestParam(required = false) String asOf,
            @Parameter(description = "instant: the ledger as it read then, e.g. 2019-10-05T09:00:00Z")
            @RequestParam(required = false) String recordedAsOf,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        DriveId id = DriveId.parse(driveId);
        Clocks clocks = QueryParameters.clocks(asOf, recordedAsOf);
        OneGoalYearSummary summary = summaries.of(id, clocks)
                .orElseThrow(() -> new NotFound("drive", "there is no drive " + id));
        return switch (format(accept)) {
            case "html" -> ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                    .body(documents.htmlBytes(documents.html(summary)));
            case "pdf" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"one-goal-summary-" + id + ".pdf\"")
                    .body(documents.pdf(documents.html(summary)));
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(summary);
        };
    }

    /** The first of JSON, HTML and PDF the Accept header prefers; JSON for none or a wildcard. */
    static String format(String accept) {
        if (accept == null || accept.isBlank()) {
            return "json";
        }
        List<MediaType> types = MediaType.parseMediaTypes(accept);
        MediaType.sortByQualityValue(types);
        for (MediaType type : types) {
            if (type.isWildcardType() || type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardSubtype()) {
                return "json";
            }
            if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardSubtype()) {
                return "html";
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_PDF) && !type.isWildcardSubtype()) {
                return "pdf";
            }
        }
        return "json";
    }
}
