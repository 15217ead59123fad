package th.go.mol.oneplan.common;

import java.time.Instant;
import java.util.Objects;

/**
 * Who recorded an act, when it was recorded, and the client's command id (for retries).
 * This is not the business date: a field visit on 12 June may be recorded on 14 June.
 */
public record Recording(String recordedBy, Instant recordedAt, String commandId) {
    public Recording {
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(commandId, "commandId");
    }
}
