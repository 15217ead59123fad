package th.go.mol.oneplan.command.sending;

import th.go.mol.oneplan.common.Recording;

import java.util.Objects;
import java.util.function.Function;

/**
 * A command that creates an aggregate under a new id the sender chose (a worker's {@code worker-<uuid>}), as
 * {@link BatchCommands} sends it: the id, the sender's context (who, when, the idempotency key) and the command
 * made of the recording.
 */
public record Creation(String aggregateId, CommandContext context, Function<Recording, Object> command) {
    public Creation {
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(command, "command");
        if (context.expectedVersion() != null) {
            throw new IllegalArgumentException("a creation has no expected version: the aggregate is new");
        }
    }

    Recording recording() {
        return new Recording(context.recordedBy(), context.recordedAt(),
                context.idempotencyKey() != null ? context.idempotencyKey() : java.util.UUID.randomUUID().toString());
    }
}
