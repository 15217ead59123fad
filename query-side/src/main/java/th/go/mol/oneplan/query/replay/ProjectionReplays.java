package th.go.mol.oneplan.query.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.query.processing.ProjectionProcessing;
import th.go.mol.oneplan.query.rebuild.ProjectionRebuilds;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where each projection stands on this node, and its rebuilds. A replay is a rebuild without downtime
 * ({@link ProjectionRebuilds}, docs/rebuilds.md): the read model is rebuilt out of sight and switched in once
 * caught up; the live tables are never emptied, and the live processor never replays.
 */
@Service
@Profile("!command")
public class ProjectionReplays {
    private final EventProcessingConfiguration processing;
    private final ProjectionRebuilds rebuilds;

    public ProjectionReplays(EventProcessingConfiguration processing, ProjectionRebuilds rebuilds) {
        this.processing = processing;
        this.rebuilds = rebuilds;
    }

    public Projections all() {
        return new Projections(ProjectionProcessing.PROCESSING_GROUPS.stream()
                .map(group -> processing.eventProcessor(group, StreamingEventProcessor.class)
                        .map(processor -> status(group, processor)))
                .flatMap(Optional::stream)
                .toList());
    }

    /**
     * The position each projection running on this node has handled up to: the lowest of the segments it has claimed
     * here, or -1 when one of them has read nothing yet. A projection none of whose segments this node has claimed is
     * left out. Read from the processors' memory, no query: the operators' metrics ask for it at every scrape.
     */
    public Map<String, Long> positions() {
        Map<String, Long> positions = new LinkedHashMap<>();
        for (String group : ProjectionProcessing.PROCESSING_GROUPS) {
            processing.eventProcessor(group, StreamingEventProcessor.class).ifPresent(processor -> {
                Collection<EventTrackerStatus> segments = processor.processingStatus().values();
                if (!segments.isEmpty()) {
                    positions.put(group, segments.stream().mapToLong(s -> s.getCurrentPosition().orElse(-1))
                            .min().orElseThrow());
                }
            });
        }
        return positions;
    }

    /** Starts rebuilding the group's read model (404 unknown group, 409 already being rebuilt). */
    public ProjectionStatus replay(String processingGroup) {
        rebuilds.rebuild(processingGroup);
        return status(processingGroup, processor(processingGroup));
    }

    /** Starts rebuilding every read model not already being rebuilt. */
    public Projections replayAll() {
        rebuilds.rebuildAll();
        return all();
    }

    private StreamingEventProcessor processor(String processingGroup) {
        if (!ProjectionProcessing.PROCESSING_GROUPS.contains(processingGroup)) {
            throw new NotFound("processingGroup", "there is no projection " + processingGroup + "; projections are "
                    + String.join(", ", ProjectionProcessing.PROCESSING_GROUPS));
        }
        return processing.eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFound("processingGroup", "projection " + processingGroup
                        + " does not run on this node"));
    }

    private ProjectionStatus status(String group, StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        Long deadLetters = processing.deadLetterQueue(group).map(SequencedDeadLetterQueue::size).orElse(null);
        return new ProjectionStatus(group, processor.isRunning(), processor.isError(),
                // A token reset by an older version of the service may still replay; a rebuild never does.
                segments.stream().anyMatch(s -> s.isReplaying() && !s.isCaughtUp()),
                !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp),
                position(segments), segments.size(), deadLetters, rebuilds.progress(group));
    }

    private static Long position(Collection<EventTrackerStatus> segments) {
        List<Long> positions = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).toList();
        return positions.isEmpty() ? null : positions.stream().min(Long::compare).orElseThrow();
    }
}
