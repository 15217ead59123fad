package th.go.mol.oneplan.query.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * The latest rebuild of one read model on this node.
 *
 * @param state           where it stands
 * @param segments        the segments its processor runs in parallel
 * @param position        the event store position (global index) the new tables include, null before the first
 *                        batch
 * @param target          the event store's last position now: the rebuild is caught up when it gets there
 * @param percent         position as a share of target, 0 to 100
 * @param eventsPerSecond positions folded per second since the rebuild began
 * @param startedAt       when it began building
 * @param finishedAt      when it was done or failed
 * @param reason          why it failed
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RebuildProgress(RebuildState state, Integer segments, Long position, Long target, Double percent,
                              Double eventsPerSecond, Instant startedAt, Instant finishedAt, String reason) {

    static final RebuildProgress NONE = new RebuildProgress(RebuildState.NONE, null, null, null, null, null, null,
            null, null);

    boolean active() {
        return state == RebuildState.QUEUED || state == RebuildState.BUILDING || state == RebuildState.SWITCHING;
    }
}
