package th.go.mol.oneplan.app.operations;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read at most once per {@code maxAge}: a Prometheus scrape reads every gauge one after the other, and the
 * gauges of one figure (each projection's lag against the event store's head, each import figure) then share one
 * query instead of making one each.
 */
final class Recent<T> {
    private final Supplier<T> read;
    private final long maxAgeNanos;
    private T value;
    private long readAt;
    private boolean present;

    Recent(Duration maxAge, Supplier<T> read) {
        this.read = read;
        this.maxAgeNanos = maxAge.toNanos();
    }

    synchronized T get() {
        long now = System.nanoTime();
        if (!present || now - readAt >= maxAgeNanos) {
            value = read.get();
            readAt = now;
            present = true;
        }
        return value;
    }
}
