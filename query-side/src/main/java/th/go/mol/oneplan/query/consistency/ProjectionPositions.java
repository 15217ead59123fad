package th.go.mol.oneplan.query.consistency;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.query.processing.ProjectionProcessing;

import th.go.mol.oneplan.query.basis.Basis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far the projections have folded the event store in. Each projection segment is asked where it is kept:
 * <ul>
 * <li>a segment this node works on, by its processor's status, which moves past an event only once the batch
 * holding it is committed (or at once for an event the projection does not handle, which writes nothing);</li>
 * <li>a segment another node works on, by its committed token in {@code tokenentry}; such a token passes events
 * its projection does not handle only every few seconds (Axon stores an idle segment's token when it extends its
 * claim), so reading another node's writes may wait that long.</li>
 * </ul>
 */
@Component
@Profile("!command")
public class ProjectionPositions {
    private final NamedParameterJdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventProcessingConfiguration processing;

    public ProjectionPositions(NamedParameterJdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer,
                               EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processing = processing;
    }

    /** Whether every projection's every segment has folded in the event at {@code position}. */
    public boolean allInclude(long position) {
        Set<String> seen = new HashSet<>();
        boolean[] all = {true};
        jdbc.query("""
                        SELECT processorname, segment, token, tokentype
                          FROM tokenentry
                         WHERE processorname IN (:groups)""",
                Map.of("groups", ProjectionProcessing.PROCESSING_GROUPS),
                rs -> {
                    String group = rs.getString("processorname");
                    seen.add(group);
                    if (!all[0]) {
                        return;
                    }
                    EventTrackerStatus local = localStatus(group).get(rs.getInt("segment"));
                    if (local != null) {
                        all[0] = includes(local.getTrackingToken(), position);
                    } else {
                        byte[] token = rs.getBytes("token");
                        all[0] = token != null && includes(serializer.deserialize(new SimpleSerializedObject<>(token,
                                byte[].class, rs.getString("tokentype"), null)), position);
                    }
                });
        return all[0] && seen.containsAll(ProjectionProcessing.PROCESSING_GROUPS);
    }

    /**
     * The basis of an answer read from a projection's tables as they are now: the position the projection has
     * folded in on every segment (the lowest), and when the event there was recorded. Null position when the
     * projection has not folded any event in yet.
     */
    public Basis basisNow(String group) {
        List<Long> positions = new ArrayList<>();
        jdbc.query("SELECT segment, token, tokentype FROM tokenentry WHERE processorname = :group",
                Map.of("group", group), rs -> {
                    EventTrackerStatus local = localStatus(group).get(rs.getInt("segment"));
                    Object token = local != null ? local.getTrackingToken() : rs.getBytes("token") == null ? null
                            : serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes("token"), byte[].class,
                            rs.getString("tokentype"), null));
                    positions.add(position(token));
                });
        Long position = positions.isEmpty() || positions.contains(null) ? null
                : positions.stream().min(Long::compare).orElseThrow();
        if (position == null) {
            return Basis.now(null, null);
        }
        List<String> recorded = jdbc.queryForList("SELECT \"timestamp\" FROM domainevententry"
                + " WHERE globalindex <= :position ORDER BY globalindex DESC LIMIT 1", Map.of("position", position),
                String.class);
        return recorded.isEmpty() ? Basis.now(null, null)
                : Basis.now(position, Instant.parse(recorded.get(0)));
    }

    private static Long position(Object token) {
        TrackingToken latest = token instanceof WrappedToken wrapped ? wrapped.lowerBound()
                : token instanceof TrackingToken t ? t : null;
        return latest == null || latest.position().isEmpty() ? null : latest.position().getAsLong();
    }

    private Map<Integer, EventTrackerStatus> localStatus(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus)
                .orElse(Map.of());
    }

    /** Whether a token's segment has handled (or passed as not its own) the event at that position. */
    static boolean includes(Object token, long position) {
        // A replay's or a merge's token: what the tables hold is its lower bound, the position folded in so far.
        TrackingToken latest = token instanceof WrappedToken wrapped ? wrapped.lowerBound()
                : token instanceof TrackingToken t ? t : null;
        if (latest instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return latest != null && latest.position().orElse(-1) >= position;
    }
}
