package th.go.mol.oneplan.query.rebuild;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One rebuild of one group's read model (docs/rebuilds.md): empty copies of its tables in a schema of their own, a
 * second processor that folds every event into them, then, once it has caught up, the switch, in one transaction,
 * while the group's live processor is stopped. Until the switch queries read the live tables, complete as ever.
 */
final class GroupRebuild {
    private static final Logger log = LoggerFactory.getLogger(GroupRebuild.class);
    private static final Duration POLL = Duration.ofMillis(50);

    /** What a rebuild needs of the application. */
    record Parts(EventStore eventStore, TokenStore tokenStore, TransactionManager transactionManager,
                 JdbcTemplate jdbc, RebuildDatabase database, org.axonframework.config.Configuration axon,
                 Clock clock) {
    }

    private final Parts parts;
    private final RebuildSchema schema;
    private final List<Object> projections;
    private final Supplier<StreamingEventProcessor> liveProcessor;
    private final int segments;
    private final int batchSize;
    private final AtomicReference<String> failure = new AtomicReference<>();
    private volatile RebuildState state = RebuildState.QUEUED;
    private volatile PooledStreamingEventProcessor processor;
    private volatile Long position;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String reason;

    GroupRebuild(Parts parts, String group, List<Object> projections, Supplier<StreamingEventProcessor> liveProcessor,
                 int segments, int batchSize) {
        this.parts = parts;
        this.schema = new RebuildSchema(group, ReadModelTables.of(group));
        this.projections = List.copyOf(projections);
        this.liveProcessor = liveProcessor;
        this.segments = segments;
        this.batchSize = batchSize;
    }

    String group() {
        return schema.group();
    }

    /** Runs the rebuild to its end, done or failed; never throws. */
    void run() {
        String group = schema.group();
        startedAt = parts.clock().instant();
        state = RebuildState.BUILDING;
        log.info("Rebuilding {} in schema {} with {} segment(s)", group, schema.schema(), segments);
        try (Connection db = parts.database().connection()) {
            if (!lock(db, "pg_try_advisory_lock")) {
                throw new IllegalStateException("another node is rebuilding " + group);
            }
            try {
                build(db);
            } finally {
                lock(db, "pg_advisory_unlock");
            }
            state = RebuildState.DONE;
            log.info("Rebuilt {}: {} positions in {} ms", group, position,
                    Duration.between(startedAt, parts.clock().instant()).toMillis());
        } catch (Exception e) {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            state = RebuildState.FAILED;
            log.warn("Rebuild of {} failed: {}", group, reason, e);
        } finally {
            finishedAt = parts.clock().instant();
        }
    }

    private void build(Connection db) throws Exception {
        schema.prepare(db);
        ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor(
                named(schema.processorName() + "-coordinator"));
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(segments,
                named(schema.processorName() + "-worker"));
        boolean switched = false;
        try {
            processor = rebuildProcessor(coordinator, workers);
            processor.start();
            awaitCaughtUp();
            processor.shutDown();
            state = RebuildState.SWITCHING;
            StreamingEventProcessor live = liveProcessor.get();
            // Stopped, the live processor releases its claims; its tables stop changing until the switch is done.
            live.shutDown();
            try {
                schema.switchOver(db);
                switched = true;
            } finally {
                live.start();
            }
        } finally {
            if (processor != null && processor.isRunning()) {
                processor.shutDown();
            }
            coordinator.shutdownNow();
            workers.shutdownNow();
            if (!switched) {
                schema.forget(db);
            }
        }
    }

    private PooledStreamingEventProcessor rebuildProcessor(ScheduledExecutorService coordinator,
                                                           ScheduledExecutorService workers) {
        // A handler that fails stops the rebuild (the live processor would park the event in its dead letters,
        // which a rebuild cannot do: its tables must hold every event).
        ListenerInvocationErrorHandler failFast = (exception, event, handler) -> {
            failure.compareAndSet(null, "event " + event.getIdentifier() + " (" + event.getPayloadType()
                    .getSimpleName() + ") failed: " + exception.getMessage());
            throw exception;
        };
        SimpleEventHandlerInvoker invoker = SimpleEventHandlerInvoker.builder()
                .eventHandlers(projections)
                .parameterResolverFactory(parts.axon().parameterResolverFactory())
                .handlerDefinition(parts.axon().handlerDefinition(projections.get(0).getClass()))
                .listenerInvocationErrorHandler(failFast)
                .build();
        return PooledStreamingEventProcessor.builder()
                .name(schema.processorName())
                .eventHandlerInvoker(invoker)
                .messageSource(parts.eventStore())
                .tokenStore(parts.tokenStore())
                .transactionManager(new SearchPathTransactionManager(parts.transactionManager(), parts.jdbc(),
                        schema.schema()))
                .errorHandler(PropagatingErrorHandler.instance())
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(segments)
                .batchSize(batchSize)
                .initialToken(StreamableMessageSource::createTailToken)
                .build();
    }

    private void awaitCaughtUp() throws InterruptedException {
        while (true) {
            if (failure.get() != null) {
                throw new IllegalStateException(failure.get());
            }
            Collection<EventTrackerStatus> status = processor.processingStatus().values();
            position = position(status);
            if (status.size() == segments && status.stream().allMatch(EventTrackerStatus::isCaughtUp)
                    && status.stream().noneMatch(EventTrackerStatus::isErrorState)) {
                return;
            }
            if (!processor.isRunning()) {
                throw new IllegalStateException("the rebuild's processor stopped");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static Long position(Collection<EventTrackerStatus> status) {
        List<Long> positions = status.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).toList();
        return positions.isEmpty() || positions.size() < status.size() ? null
                : positions.stream().min(Long::compare).orElseThrow();
    }

    private boolean lock(Connection db, String function) throws java.sql.SQLException {
        try (var statement = db.prepareStatement("SELECT " + function + "(hashtext(?))")) {
            statement.setString(1, "oneplan-rebuild:" + schema.group());
            try (var rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Where this rebuild stands; {@code head} is the event store's last position. */
    RebuildProgress progress(long head) {
        RebuildState now = state;
        Long at = position;
        if (now == RebuildState.BUILDING && processor != null) {
            Long current = position(processor.processingStatus().values());
            at = current == null ? at : current;
        }
        Double percent = null;
        if (at != null) {
            percent = head <= 0 ? 100.0 : Math.min(100.0, Math.round(1000.0 * at / head) / 10.0);
        } else if (now == RebuildState.DONE) {
            percent = 100.0;
        }
        Double rate = null;
        if (at != null && startedAt != null) {
            Instant until = finishedAt == null ? parts.clock().instant() : finishedAt;
            double seconds = Math.max(0.001, Duration.between(startedAt, until).toMillis() / 1000.0);
            rate = Math.round(10.0 * at / seconds) / 10.0;
        }
        return new RebuildProgress(now, segments, at, head, percent, rate, startedAt, finishedAt, reason);
    }

    RebuildState state() {
        return state;
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
