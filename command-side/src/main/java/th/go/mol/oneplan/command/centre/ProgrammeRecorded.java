package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.media.Schema;
import th.go.mol.oneplan.command.sending.Outcome;

/**
 * The answer to a pilot programme's command: its id, the id of the event recorded, and the programme's version
 * after it (the number of its events), which a client may send back as {@code If-Match}.
 */
public record ProgrammeRecorded(
        @Schema(description = "pilot-, the province code and the BE fiscal year", example = "pilot-84-2563",
                requiredMode = Schema.RequiredMode.REQUIRED) String programmeId,
        @Schema(description = "The id of the event that records the act", example = "pilot-84-2563/1",
                requiredMode = Schema.RequiredMode.REQUIRED) String eventId,
        @Schema(description = "The programme's version after it (also the ETag)", example = "2",
                requiredMode = Schema.RequiredMode.REQUIRED) long version) {

    static ProgrammeRecorded of(Outcome outcome) {
        return new ProgrammeRecorded(outcome.aggregateId(), outcome.eventId(), outcome.version());
    }
}
