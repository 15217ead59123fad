package th.go.mol.oneplan.query.summary;

import java.time.Instant;
import java.util.Objects;

/**
 * One event as the event store holds it (เหตุการณ์ในสมุดบันทึก): its payload as the upcasters make it read today,
 * where it stands in the whole store (the global index, which a {@link th.go.mol.oneplan.query.basis.Basis} names)
 * and when the ledger recorded it (the time-travel clock {@code recordedAsOf} compares with).
 */
public record LedgerEvent(long position, Instant recordedAt, Object payload) {
    public LedgerEvent {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(payload, "payload");
    }
}
