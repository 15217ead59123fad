package th.go.mol.oneplan.query.basis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The two clocks an inspector can read the record by (docs/time-travel.md).
 *
 * @param asOf         a business date: acts whose (corrected) business date is after it are left out; null for no
 *                     limit
 * @param recordedAsOf an instant: events recorded after it (acts and corrections alike) are left out; null for
 *                     no limit
 */
public record Clocks(LocalDate asOf, Instant recordedAsOf) {
    /** Business dates are Thai dates: a day ends at midnight in Bangkok. */
    public static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");
    public static final Clocks NOW = new Clocks(null, null);

    public boolean isNow() {
        return asOf == null && recordedAsOf == null;
    }

    /** Whether an event recorded at that instant is part of the record read by these clocks. */
    public boolean recordedBy(Instant recordedAt) {
        return recordedAsOf == null || !recordedAt.isAfter(recordedAsOf);
    }

    /** Whether something that happened on that business date had happened by {@code asOf}. */
    public boolean happenedBy(LocalDate businessDate) {
        return asOf == null || !businessDate.isAfter(asOf);
    }

    public Basis basis(Long position, Instant recordedAt) {
        return new Basis(asOf, recordedAsOf, position, recordedAt);
    }
}
