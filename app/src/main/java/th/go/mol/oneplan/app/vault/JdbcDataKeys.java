package th.go.mol.oneplan.app.vault;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.crypto.SecretKey;
import java.util.List;
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
        Cached cached = cache.getIfPresent(subject);
        if (cached != null) {
            return Optional.ofNullable(cached.key());
        }
        SecretKey fresh = cipher.newDataKey();
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
        cache.invalidate(subject);
        afterCommit(() -> cache.put(subject, DESTROYED));
    }

    /** Forgets every key this node holds (an operator's tool, and for tests that measure unwrapping). */
    public void forgetCachedKeys() {
        cache.invalidateAll();
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
