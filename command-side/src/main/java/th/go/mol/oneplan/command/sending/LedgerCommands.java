package th.go.mol.oneplan.command.sending;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.mol.oneplan.command.loading.AggregateCache;
import th.go.mol.oneplan.common.Recording;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one way a command reaches an aggregate, whoever sends it (HTTP, an import job, a replay job, a benchmark,
 * a test), so that nothing acknowledged is ever lost or doubled:
 * <ul>
 * <li>the {@link Recording} every event carries (who, when, the command's id) comes from the sender's
 * {@link CommandContext};</li>
 * <li>with an idempotency key, the outcome is stored in the same transaction that appends the events: sent again
 * with the key, the command gets that outcome back and appends nothing; the key with another request is refused
 * ({@link IdempotencyKeyReused});</li>
 * <li>commands to one aggregate take turns on a transaction-scoped PostgreSQL advisory lock shared by every node;
 * with an expected version the command applies only to that version ({@link StaleVersion}); without one, a
 * command that lost a race with another node is retried on the fresh aggregate;</li>
 * <li>on this node, commands to one aggregate also take turns on a lock of the JVM, held from before the transaction
 * until after it has committed or, if it did not, until the aggregate is gone from the {@link AggregateCache}.
 * Axon's unit of work joins this transaction and commits first, caching the aggregate with the command's events;
 * if the transaction then fails, the cache holds events the store does not, and no other command on this node may
 * see them (docs/architecture.md, "The aggregate cache").</li>
 * </ul>
 * It works for any event-sourced aggregate: the version is the length of the aggregate's stream, as Axon's event
 * store reports it.
 */
@Component
@Profile("!query")
public class LedgerCommands {
    private static final int ATTEMPTS_WITHOUT_EXPECTED_VERSION = 3;

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final AggregateCache cache;
    private final LockFactory nodeLocks = PessimisticLockFactory.usingDefaults();

    public LedgerCommands(CommandGateway commandGateway, EventStore eventStore, JdbcTemplate jdbc,
                          PlatformTransactionManager transactionManager, ObjectMapper json, AggregateCache cache) {
        this.commandGateway = commandGateway;
        this.cache = cache;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.json = json;
    }

    /**
     * Sends the command {@code command} makes of the recording to the aggregate {@code aggregateId} (already
     * checked by the sender: it names the lock and the stream), and answers what it recorded.
     */
    public Outcome send(String aggregateId, CommandContext context, Function<Recording, Object> command) {
        String key = context.idempotencyKey();
        Recording recording = new Recording(context.recordedBy(), context.recordedAt(),
                key != null ? key : UUID.randomUUID().toString());
        for (int attempt = 1; ; attempt++) {
            Lock onThisNode = nodeLocks.obtainLock(aggregateId);
            try {
                return transaction.execute(tx -> key == null
                        ? sendOnce(aggregateId, context.expectedVersion(), command.apply(recording))
                        : sendOnceWithKey(aggregateId, context, command.apply(recording)));
            } catch (RuntimeException e) {
                // Nothing of this attempt is in the store; the cached aggregate may hold it all the same.
                cache.evict(aggregateId);
                if (!retryable(e, context.expectedVersion(), attempt)) {
                    throw e;
                }
            } finally {
                onThisNode.release();
            }
        }
    }

    /** The aggregate's version: how many events its stream holds (0 before it exists). */
    public long currentVersion(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).map(last -> last + 1).orElse(0L);
    }

    private Outcome sendOnceWithKey(String aggregateId, CommandContext context, Object command) {
        boolean first = jdbc.update("insert into idempotent_request (principal, idempotency_key, request_fingerprint,"
                        + " aggregate_id) values (?, ?, ?, ?) on conflict do nothing", context.recordedBy(),
                context.idempotencyKey(), context.requestFingerprint(), aggregateId) == 1;
        if (!first) {
            return firstOutcome(context);
        }
        Outcome outcome = sendOnce(aggregateId, context.expectedVersion(), command);
        jdbc.update("update idempotent_request set response_status = 201, response_body = ?, response_version = ? "
                        + "where principal = ? and idempotency_key = ?", write(new StoredOutcome(outcome)),
                outcome.version(), context.recordedBy(), context.idempotencyKey());
        return outcome;
    }

    /**
     * One attempt, inside the caller's transaction: the lock, the version check, the command, the version after
     * it. The lock is held until commit, so no other command can slip in between the check and the append.
     */
    private Outcome sendOnce(String aggregateId, Long expectedVersion, Object command) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", aggregateId);
        if (expectedVersion != null) {
            long current = currentVersion(aggregateId);
            if (current != expectedVersion) {
                throw new StaleVersion(aggregateId, expectedVersion, current);
            }
        }
        Object result = commandGateway.sendAndWait(command);
        long version = currentVersion(aggregateId);
        // Handlers answer the id of the event that records the act; a creating handler answers the aggregate's id,
        // and its act is the stream's first event.
        String eventId = result instanceof String s && s.startsWith(aggregateId + "/") ? s
                : aggregateId.equals(result) ? aggregateId + "/1" : aggregateId + "/" + version;
        return new Outcome(aggregateId, eventId, version, positionOf(aggregateId, version), false);
    }

    /**
     * The event-store position (global index) of the aggregate's event number {@code version}; read inside the
     * command's transaction, under its lock, so it is the position of the last event the command appended.
     */
    private Long positionOf(String aggregateId, long version) {
        if (version == 0) {
            return null;
        }
        List<Long> positions = jdbc.queryForList("select globalindex from domainevententry"
                + " where aggregateidentifier = ? and sequencenumber = ?", Long.class, aggregateId, version - 1);
        return positions.isEmpty() ? null : positions.get(0);
    }

    /** Another writer appended first. With no expected version the sender did not pin one: try again on the new. */
    private static boolean retryable(RuntimeException e, Long expectedVersion, int attempt) {
        if (expectedVersion != null || attempt >= ATTEMPTS_WITHOUT_EXPECTED_VERSION) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AggregateStreamCreationException) {
                return false;
            }
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    private Outcome firstOutcome(CommandContext context) {
        List<Outcome> stored = jdbc.query("select request_fingerprint, response_body from idempotent_request "
                + "where principal = ? and idempotency_key = ?", (rs, n) -> {
            if (!rs.getString("request_fingerprint").equals(context.requestFingerprint())) {
                throw new IdempotencyKeyReused(context.idempotencyKey());
            }
            return read(rs.getString("response_body")).outcome().replay();
        }, context.recordedBy(), context.idempotencyKey());
        Outcome first = stored.get(0);
        // Outcomes stored before positions were given name none: the event's position is still in the store.
        return first.position() != null ? first
                : new Outcome(first.aggregateId(), first.eventId(), first.version(),
                positionOf(first.aggregateId(), first.version()), true);
    }

    /**
     * An outcome as kept in idempotent_request; rows written before any aggregate but a drive name it driveId, and
     * rows written before positions were given have none.
     */
    record StoredOutcome(@JsonAlias("driveId") String aggregateId, String eventId, long version, Long position) {
        StoredOutcome(Outcome outcome) {
            this(outcome.aggregateId(), outcome.eventId(), outcome.version(), outcome.position());
        }

        Outcome outcome() {
            return new Outcome(aggregateId, eventId, version, position, false);
        }
    }

    private String write(StoredOutcome outcome) {
        try {
            return json.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an outcome as JSON", e);
        }
    }

    private StoredOutcome read(String body) {
        try {
            // Stored by this class, possibly by an older version of it: fields it no longer has are ignored.
            return json.readerFor(StoredOutcome.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored outcome is not one", e);
        }
    }
}
