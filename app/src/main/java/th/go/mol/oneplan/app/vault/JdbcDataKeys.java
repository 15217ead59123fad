package th.go.mol.oneplan.app.vault;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.crypto.SecretKey;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workers' data keys in table {@code personal_data_key} (Flyway V13), each wrapped (AES-GCM, bound to the
 * worker's id) by a key derived from the master key, so the table alone opens nothing.
 *
 * <p>Every statement goes through Spring's {@link JdbcTemplate}, so it joins the transaction of the command being
 * stored: a key made for a registration that rolls back is gone with it, and an erasure destroys the key in the
 * transaction that stores the erasure.
 *
 * <p>Unwrapped keys are cached (Caffeine), at most {@code key-cache-entries} of them, each for at most
 * {@code key-cache-expiry} after it was read, so a replay unwraps each worker's key once. Only what is committed is
 * cached: a key read or made inside a transaction is cached once the transaction commits. An erasure evicts the key
 * on this node at once and, once committed, leaves a "destroyed" mark that a reader racing with it cannot
 * overwrite. Other nodes are not told: they may still open the worker's data for up to {@code key-cache-expiry}
 * after the erasure (docs/register.md).
 *
 * <p>A batch of registrations makes its workers' keys in one statement before its commands are sent
 * ({@link #makeAll}, called by {@link DataKeysForBatch}): the keys it made are kept in a map bound to the transaction,
 * which {@link #forSealing} reads first, so sealing the batch's events makes no round trip. A subject that had a row
 * already is not in the map and goes the single path. The map goes with the transaction; its keys are cached once
 * it commits, like any other.
 */
public class JdbcDataKeys implements DataKeys {
    /** What the cache holds for a subject: its key, or null once destroyed. */
    private record Cached(SecretKey key) {
    }

    private static final Cached DESTROYED = new Cached(null);

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final SecretKey wrappingKey;
    private final Cache<String, Cached> cache;
    private final java.util.concurrent.atomic.LongAdder madeOneByOne = new java.util.concurrent.atomic.LongAdder();

    public JdbcDataKeys(JdbcTemplate jdbc, PersonalDataCipher cipher, MasterKey masterKey,
                        PersonalDataProperties properties) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.wrappingKey = masterKey.derive(MasterKey.KEY_WRAPPING, "AES");
        this.cache = Caffeine.newBuilder()
                .maximumSize(properties.keyCacheEntries())
                .expireAfterWrite(properties.keyCacheExpiry())
                .build();
    }

    @Override
    public Optional<SecretKey> forSealing(String subject) {
        SecretKey made = madeInTransaction(subject);
        if (made != null) {
            return Optional.of(made);
        }
        Cached cached = cache.getIfPresent(subject);
        if (cached != null) {
            return Optional.ofNullable(cached.key());
        }
        SecretKey fresh = cipher.newDataKey();
        madeOneByOne.increment();
        int inserted = jdbc.update("insert into personal_data_key (subject_id, wrapped_key) values (?, ?)"
                + " on conflict do nothing", subject, cipher.wrap(subject, fresh, wrappingKey));
        if (inserted == 1) {
            remember(subject, new Cached(fresh));
            return Optional.of(fresh);
        }
        return forOpening(subject);
    }

    @Override
    public Optional<SecretKey> forOpening(String subject) {
        SecretKey made = madeInTransaction(subject);
        if (made != null) {
            return Optional.of(made);
        }
        Cached cached = cache.getIfPresent(subject);
        if (cached == null) {
            List<Cached> rows = jdbc.query("select wrapped_key from personal_data_key where subject_id = ?",
                    (rs, n) -> {
                        byte[] wrapped = rs.getBytes("wrapped_key");
                        return wrapped == null ? DESTROYED : new Cached(cipher.unwrap(subject, wrapped, wrappingKey));
                    }, subject);
            if (rows.isEmpty()) {
                throw new IllegalStateException("no data key for " + subject + ": personal data sealed for a subject"
                        + " that has no key row (a database restored without table personal_data_key?)");
            }
            cached = rows.get(0);
            remember(subject, cached);
        }
        return Optional.ofNullable(cached.key());
    }

    @Override
    public void destroy(String subject) {
        int destroyed = jdbc.update("update personal_data_key set wrapped_key = null, destroyed_at = now()"
                + " where subject_id = ? and destroyed_at is null", subject);
        if (destroyed == 0) {
            // No key yet (or destroyed already): a destroyed row all the same, so none can ever be made for it.
            jdbc.update("insert into personal_data_key (subject_id, wrapped_key, destroyed_at) values (?, null, now())"
                    + " on conflict do nothing", subject);
        }
        Map<String, SecretKey> made = madeInTransaction();
        if (made != null) {
            made.remove(subject);
        }
        cache.invalidate(subject);
        afterCommit(() -> cache.put(subject, DESTROYED));
    }

    /**
     * Makes, in one statement of the current transaction, a key for every subject that has none (neither a key nor
     * a destroyed row), and keeps the keys made in the transaction for {@link #forSealing}. Subjects this node has
     * cached are left alone (their key or its destruction is known); so are those with a row already (they go the
     * single path). Answers how many keys it made. Without a transaction it does nothing.
     */
    public int makeAll(List<String> subjects) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return 0;
        }
        Map<String, SecretKey> madeBefore = madeInTransaction();
        Map<String, SecretKey> fresh = new LinkedHashMap<>();
        for (String subject : subjects.stream().sorted().distinct().toList()) {
            if (cache.getIfPresent(subject) == null && (madeBefore == null || !madeBefore.containsKey(subject))) {
                fresh.put(subject, cipher.newDataKey());
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        String[] ids = fresh.keySet().toArray(String[]::new);
        byte[][] wrapped = new byte[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            wrapped[i] = cipher.wrap(ids[i], fresh.get(ids[i]), wrappingKey);
        }
        List<String> inserted = jdbc.execute((Connection connection) -> {
            try (var statement = connection.prepareStatement("insert into personal_data_key (subject_id, wrapped_key)"
                    + " select * from unnest(?::text[], ?::bytea[]) on conflict do nothing returning subject_id")) {
                statement.setArray(1, connection.createArrayOf("text", ids));
                statement.setArray(2, connection.createArrayOf("bytea", wrapped));
                List<String> rows = new ArrayList<>(ids.length);
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                return rows;
            }
        });
        Map<String, SecretKey> made = madeBefore;
        if (made == null) {
            Map<String, SecretKey> bound = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, bound);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    // What is still in the map was made and not destroyed in the transaction: committed now.
                    bound.forEach((subject, key) -> cache.asMap().putIfAbsent(subject, new Cached(key)));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(JdbcDataKeys.this);
                }
            });
            made = bound;
        }
        for (String subject : inserted) {
            made.put(subject, fresh.get(subject));
        }
        return inserted.size();
    }

    /**
     * How many keys this node has tried to make one by one for sealing, each with its own round trip, since it
     * started (not those a batch made together with {@link #makeAll}).
     */
    public long keysMadeOneByOne() {
        return madeOneByOne.sum();
    }

    /** Forgets every key this node holds (an operator's tool, and for tests that measure unwrapping). */
    public void forgetCachedKeys() {
        cache.invalidateAll();
    }

    private SecretKey madeInTransaction(String subject) {
        Map<String, SecretKey> made = madeInTransaction();
        return made == null ? null : made.get(subject);
    }

    @SuppressWarnings("unchecked")
    private Map<String, SecretKey> madeInTransaction() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? (Map<String, SecretKey>) TransactionSynchronizationManager.getResource(this) : null;
    }

    private void remember(String subject, Cached value) {
        afterCommit(() -> cache.asMap().putIfAbsent(subject, value));
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
