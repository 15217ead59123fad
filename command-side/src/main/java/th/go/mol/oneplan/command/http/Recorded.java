package th.go.mol.oneplan.command.http;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a command: the drive, the id of the event that records the act, and the drive's version after
 * it (the number of events in its stream), which a client sends back as {@code If-Match} to say "only if
 * nothing changed since".
 */
public record Recorded(
        @Schema(description = "The drive: province code and BE fiscal year", example = "92-2562",
                requiredMode = Schema.RequiredMode.REQUIRED) String driveId,
        @Schema(description = "The id of the event that records the act, <driveId>/<n>", example = "92-2562/4",
                requiredMode = Schema.RequiredMode.REQUIRED) String eventId,
        @Schema(description = "The drive's version after it: the number of events in its stream (also the ETag)",
                example = "5", requiredMode = Schema.RequiredMode.REQUIRED) long version) {
}
