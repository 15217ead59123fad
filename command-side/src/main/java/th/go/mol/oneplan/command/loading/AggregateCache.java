package th.go.mol.oneplan.command.loading;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;

/**
 * The command node's cache of loaded aggregates (drives, reporting rules, pilot programmes, tambon centres), shared by
 * their repositories: aggregate identifiers are unique across types, as the event store's key
 * (aggregateidentifier, sequencenumber) requires. Off, it is Axon's {@link NoCache} and every command replays its
 * aggregate from the store, as Axon does out of the box.
 * <p>
 * Axon's {@link WeakReferenceCache}: an entry lives as long as the JVM has memory to spare for it, so the cache
 * needs no size to be chosen and can never be the cause of running out of heap; a drive taking commands stays in it.
 */
public final class AggregateCache {
    private final Cache cache;

    private AggregateCache(Cache cache) {
        this.cache = cache;
    }

    public static AggregateCache enabled() {
        return new AggregateCache(new WeakReferenceCache());
    }

    public static AggregateCache disabled() {
        return new AggregateCache(NoCache.INSTANCE);
    }

    public boolean isEnabled() {
        return !(cache instanceof NoCache);
    }

    /** Axon's cache, for the repositories. */
    Cache axonCache() {
        return cache;
    }

    /**
     * Forgets the aggregate: the next command replays it from the store. Called when a command's transaction did
     * not commit, whatever Axon's unit of work did before.
     */
    public void evict(String aggregateId) {
        cache.remove(aggregateId);
    }

    /** Whether the aggregate is held (for tests and diagnostics). */
    public boolean holds(String aggregateId) {
        return cache.containsKey(aggregateId);
    }
}
