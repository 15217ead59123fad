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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an operator see the projections and rebuild one from the event store. */
@RestController
@Profile("!command")
@RequestMapping("/api/admin/projections")
@Tag(name = "Projections", description = "Operators: the read models and rebuilding them from the event store")
public class ProjectionsController {
    private final ProjectionReplays replays;

    public ProjectionsController(ProjectionReplays replays) {
        this.replays = replays;
    }

    @GetMapping
    @Operation(summary = "List the projections (processing groups) and where each stands",
            description = "For each read model: its processing group, whether it runs, how far it has read the event"
                    + " stream, and how many events are parked in its dead letters.")
    public Projections projections() {
        return replays.all();
    }

    @PostMapping("/{processingGroup}/replay")
    @Operation(summary = "Rebuild one read model from the event store",
            description = "Stops the projection, empties its tables, and starts it again from the first event."
                    + " Answers 202 at once; the rebuild goes on in the background (see the list for progress)."
                    + " 404 for an unknown processing group.",
            // Clients that send a body with every POST send {}; it is read by nothing, and so described.
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
                    description = "None is needed; an empty JSON object is accepted and ignored",
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(type = "object", maxProperties = 0))))
    @ApiResponse(responseCode = "202", description = "The rebuild has started")
    public ResponseEntity<ProjectionStatus> replay(
            @Parameter(description = "drive-overview, drive-acts, drive-kpi, drive-audit, reporting-rules,"
                    + " tambon-centres, centre-work or register-statistics")
            @PathVariable String processingGroup) {
        return ResponseEntity.accepted().body(replays.replay(processingGroup));
    }
}
