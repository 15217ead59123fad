package th.go.mol.oneplan.query.replay;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an operator see the projections and rebuild them from the event store without downtime (docs/rebuilds.md). */
@RestController
@Profile("!command")
@RequestMapping("/api/admin/projections")
@Tag(name = "Projections", description = "Operators: the read models and rebuilding them from the event store")
public class ProjectionsController {
    private static final String GROUPS = "drive-overview, drive-acts, drive-kpi, drive-audit, reporting-rules,"
            + " tambon-centres, drive-workers-served, registered-workers, centre-work or register-statistics";

    private final ProjectionReplays replays;

    public ProjectionsController(ProjectionReplays replays) {
        this.replays = replays;
    }

    @GetMapping
    @Operation(summary = "List the projections (processing groups) and where each stands",
            description = "For each read model: its processing group, whether it runs, how far it has read the event"
                    + " stream, how many events are parked in its dead letters, and its latest rebuild on this node.")
    public Projections projections() {
        return replays.all();
    }

    @PostMapping("/{processingGroup}/rebuild")
    @Operation(summary = "Rebuild one read model from the event store, without downtime",
            description = "Builds the read model anew in tables of its own, out of sight, from the first event; once"
                    + " caught up, stops the projection, puts the new tables in place of the live ones in one"
                    + " transaction and starts it again. Queries keep reading the complete live tables meanwhile."
                    + " Answers 202 at once; GET /api/admin/projections shows the rebuild's progress (rebuild.state,"
                    + " position, target, percent, eventsPerSecond). 404 for an unknown processing group, 409 if"
                    + " it is already being rebuilt.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
                    description = "None is needed; an empty JSON object is accepted, anything else is a 400",
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(type = "object", maxProperties = 0))))
    @ApiResponse(responseCode = "202", description = "The rebuild is queued or running")
    @ApiResponse(responseCode = "409", description = "rebuild-in-progress: the read model is already being rebuilt"
            + " (or waits for its turn)")
    public ResponseEntity<ProjectionStatus> rebuild(
            @Parameter(description = GROUPS) @PathVariable String processingGroup,
            @RequestBody(required = false) NoRebuildOptions options) {
        return ResponseEntity.accepted().body(replays.replay(processingGroup));
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuild every read model from the event store, without downtime",
            description = "Queues a rebuild (as POST /{processingGroup}/rebuild) of every read model not already"
                    + " being rebuilt; they run one after the other. Answers 202 with every projection's status.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
                    description = "None is needed; an empty JSON object is accepted, anything else is a 400",
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(type = "object", maxProperties = 0))))
    @ApiResponse(responseCode = "202", description = "The rebuilds are queued")
    public ResponseEntity<Projections> rebuildAll(@RequestBody(required = false) NoRebuildOptions options) {
        return ResponseEntity.accepted().body(replays.replayAll());
    }

    @PostMapping("/{processingGroup}/replay")
    @Operation(summary = "Rebuild one read model from the event store (the same as .../rebuild)",
            description = "Kept for existing clients: the same rebuild without downtime as"
                    + " POST /{processingGroup}/rebuild. The live tables are no longer emptied. 404 for an unknown"
                    + " processing group, 409 if it is already being rebuilt.",
            // Clients that send a body with every POST send {}; it is read by nothing, and so described.
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
                    description = "None is needed; an empty JSON object is accepted, anything else is a 400",
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(type = "object", maxProperties = 0))))
    @ApiResponse(responseCode = "202", description = "The rebuild is queued or running")
    @ApiResponse(responseCode = "409", description = "rebuild-in-progress: the read model is already being rebuilt"
            + " (or waits for its turn)")
    public ResponseEntity<ProjectionStatus> replay(
            @Parameter(description = GROUPS) @PathVariable String processingGroup,
            @RequestBody(required = false) NoRebuildOptions options) {
        return ResponseEntity.accepted().body(replays.replay(processingGroup));
    }
}
