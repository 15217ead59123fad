package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.media.Schema;
import th.go.mol.oneplan.command.sending.Outcome;

/**
 * The answer to a tambon centre's command: its id, the id of the event recorded, and the centre's version after
 * it (the number of its events), which a client may send back as {@code If-Match}.
 */
public record CentreRecorded(
        @Schema(description = "centre-, the subdistrict code and optionally -suffix", example = "centre-840101-2563",
                requiredMode = Schema.RequiredMode.REQUIRED) String centreId,
        @Schema(description = "The id of the event that records the act", example = "centre-840101-2563/1",
                requiredMode = Schema.RequiredMode.REQUIRED) String eventId,
        @Schema(description = "The centre's version after it (also the ETag)", example = "2",
                requiredMode = Schema.RequiredMode.REQUIRED) long version) {

    static CentreRecorded of(Outcome outcome) {
        return new CentreRecorded(outcome.aggregateId(), outcome.eventId(), outcome.version());
    }
}
