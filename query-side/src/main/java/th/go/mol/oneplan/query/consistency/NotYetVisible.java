package th.go.mol.oneplan.query.consistency;

import java.time.Duration;

/**
 * A query asked to reflect at least an event position ({@code minPosition}) that the read models have not reached
 * within the wait allowed: the answer would not show the caller's own write yet. The API answers 503 with
 * {@code Retry-After}; nothing is wrong, the caller asks again a moment later.
 */
public class NotYetVisible extends RuntimeException {
    private final long position;
    private final Duration waited;

    public NotYetVisible(long position, Duration waited) {
        super("the read models do not include event position " + position + " yet (waited " + waited.toMillis()
                + " ms); ask again in a moment");
        this.position = position;
        this.waited = waited;
    }

    public long position() {
        return position;
    }

    public Duration waited() {
        return waited;
    }
}
