package th.go.mol.oneplan.query.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.query.processing.ProjectionProcessing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Rebuilds a read model from the event store: the projection's processor is stopped, its token is reset to the
 * start of the stream (its reset handler empties its tables) and it is started again, to fold every event in
 * anew while the API keeps answering from what is rebuilt so far.
 */
@Service
@Profile("!command")
public class ProjectionReplays {
    private static final Logger log = LoggerFactory.getLogger(ProjectionReplays.class);

    private final EventProcessingConfiguration processing;

    public ProjectionReplays(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public Projections all() {
        return new Projections(ProjectionProcessing.PROCESSING_GROUPS.stream()
                .map(group -> processing.eventProcessor(group, StreamingEventProcessor.class)
                        .map(processor -> status(group, processor)))
                .flatMap(Optional::stream)
                .toList());
    }

    /** Starts rebuilding the group's read model; answers once the processor runs again. */
    public synchronized ProjectionStatus replay(String processingGroup) {
        StreamingEventProcessor processor = processor(processingGroup);
        if (!processor.supportsReset()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, processingGroup + " cannot be replayed");
        }
        log.info("Replaying projection {}: stopping it and resetting its token", processingGroup);
        processor.shutDown();
        try {
            processor.resetTokens();
            processing.deadLetterQueue(processingGroup).ifPresent(SequencedDeadLetterQueue::clear);
        } catch (RuntimeException e) {
            // Usually another node holds the token; this node's processor must not stay stopped for that.
            processor.start();
            throw new ResponseStatusException(HttpStatus.CONFLICT, "could not reset " + processingGroup
                    + " (is it running on another node?): " + e.getMessage(), e);
        }
        processor.start();
        return status(processingGroup, processor);
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
        List<Long> positions = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).toList();
        Long deadLetters = processing.deadLetterQueue(group).map(SequencedDeadLetterQueue::size).orElse(null);
        return new ProjectionStatus(group, processor.isRunning(), processor.isError(),
                segments.stream().anyMatch(EventTrackerStatus::isReplaying),
                !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp),
                positions.isEmpty() ? null : positions.stream().min(Long::compare).orElseThrow(),
                deadLetters);
    }
}
