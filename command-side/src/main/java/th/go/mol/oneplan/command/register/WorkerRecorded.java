package th.go.mol.oneplan.command.register;

import io.swagger.v3.oas.annotations.media.Schema;
import th.go.mol.oneplan.command.sending.Outcome;

/**
 * The answer to a command on a registered worker: the worker's id, the id of the event recorded, and the worker's
 * version after it (the number of its events), which a client may send back as {@code If-Match}.
 */
public record WorkerRecorded(
        @Schema(description = "worker- and a UUID", example = "worker-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f",
                requiredMode = Schema.RequiredMode.REQUIRED) String workerId,
        @Schema(description = "The id of the event that records the act",
                example = "worker-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f/1",
                requiredMode = Schema.RequiredMode.REQUIRED) String eventId,
        @Schema(description = "The worker's version after it (also the ETag)", example = "1",
                requiredMode = Schema.RequiredMode.REQUIRED) long version) {

    static WorkerRecorded of(Outcome outcome) {
        return new WorkerRecorded(outcome.aggregateId(), outcome.eventId(), outcome.version());
    }
}
