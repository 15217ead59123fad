package th.go.mol.oneplan.command.loading;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Objects;

/**
 * Axon's {@link CachingEventSourcingRepository}, with one check added: an aggregate taken from the cache is used
 * only if its version is the last sequence number the event store holds for it; otherwise the entry is dropped and
 * the aggregate replayed from the store (its snapshot and the events after it).
 * <p>
 * Why: Axon's cache trusts itself. With several command nodes, another node may have appended to the stream since
 * this node cached it (the entry is behind), and a command whose transaction failed after Axon's unit of work
 * committed (the idempotency row, the commit itself) leaves events in the entry that the store never kept (the
 * entry is ahead). A command decided on either would be decided on a history that is not the record. The check
 * runs under {@code LedgerCommands}' locks (the node's and PostgreSQL's advisory lock, which every node takes), so
 * no one can append between it and the command's own append; it costs one indexed query, against replaying the
 * whole stream.
 */
public class StoreCheckedCachingRepository<T> extends CachingEventSourcingRepository<T> {
    private final EventStore eventStore;
    private final Cache cache;

    protected StoreCheckedCachingRepository(Builder<T> builder) {
        super(builder);
        this.eventStore = builder.eventStore();
        this.cache = builder.cache();
    }

    public static <T> Builder<T> builder(Class<T> aggregateType) {
        return new Builder<>(aggregateType);
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        if (!cache.containsKey(aggregateIdentifier)) {
            return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        }
        EventSourcedAggregate<T> cached = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        Long stored = eventStore.lastSequenceNumberFor(aggregateIdentifier).orElse(null);
        if (Objects.equals(cached.version(), stored)) {
            return cached;
        }
        cache.remove(aggregateIdentifier);
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }

    /** Axon's builder of an event-sourcing repository, building this one. */
    public static class Builder<T> extends EventSourcingRepository.Builder<T> {
        protected Builder(Class<T> aggregateType) {
            super(aggregateType);
        }

        EventStore eventStore() {
            return eventStore;
        }

        Cache cache() {
            return cache;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R extends EventSourcingRepository<T>> R build() {
            return (R) new StoreCheckedCachingRepository<>(this);
        }
    }
}
