package th.go.mol.oneplan.query.replay;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where one projection stands on this node.
 *
 * @param running     whether its processor is running here
 * @param error       whether it is failing and retrying
 * @param replaying   whether it is rebuilding its read model from the start of the event store
 * @param caughtUp    whether it has handled every event stored so far
 * @param position    the event store position (global index) it has handled up to; null when no segment is
 *                    claimed on this node
 * @param deadLetters events parked because they could not be handled
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProjectionStatus(String processingGroup, boolean running, boolean error, boolean replaying,
                               boolean caughtUp, Long position, Long deadLetters) {
}
