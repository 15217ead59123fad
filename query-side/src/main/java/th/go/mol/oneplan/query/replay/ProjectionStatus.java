package th.go.mol.oneplan.query.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import th.go.mol.oneplan.query.rebuild.RebuildProgress;

/**
 * Where one projection stands on this node.
 *
 * @param running     whether its processor is running here
 * @param error       whether it is failing and retrying
 * @param replaying   whether the live processor is folding the stream again from its start (only a token reset by
 *                    an older version of the service does, until caught up; a rebuild happens out of sight and
 *                    is reported in {@code rebuild})
 * @param caughtUp    whether it has handled every event stored so far
 * @param position    the event store position (global index) it has handled up to; null when no segment is
 *                    claimed on this node
 * @param segments    the segments of its stream this node has claimed
 * @param deadLetters events parked because they could not be handled
 * @param rebuild     the latest rebuild of its read model on this node
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProjectionStatus(String processingGroup, boolean running, boolean error, boolean replaying,
                               boolean caughtUp, Long position, int segments, Long deadLetters,
                               RebuildProgress rebuild) {
}
