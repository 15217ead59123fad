package th.go.mol.oneplan.command.sending;

import java.time.Instant;
import java.util.Objects;

/**
 * Who sends a command, when, and on what terms, as the sender states it: an HTTP request (the authenticated user,
 * the server's clock, its Idempotency-Key and If-Match headers), an import job (the job's operator, the time it
 * ran, one key per row), a replay or a test. The write side needs nothing else from the sender.
 *
 * @param recordedBy         who records the act; every event carries it
 * @param recordedAt         when it is recorded; every event carries it
 * @param idempotencyKey     the sender's id for this command: the same key again gets the first outcome back and
 *                           appends nothing (null: the command is carried out whatever came before)
 * @param requestFingerprint what makes two sendings with one key the same command (a hash of what was asked);
 *                           the same key with another fingerprint is refused
 * @param expectedVersion    carry it out only if the aggregate's stream still has this many events (null: on the
 *                           aggregate as it is, retrying if another writer got in first)
 */
public record CommandContext(String recordedBy, Instant recordedAt, String idempotencyKey, String requestFingerprint,
                             Long expectedVersion) {

    public CommandContext {
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (idempotencyKey != null && requestFingerprint == null) {
            throw new IllegalArgumentException("a command sent with an idempotency key needs a request fingerprint");
        }
    }

    /** A command recorded by {@code recordedBy} at {@code recordedAt}, with no key and no expected version. */
    public static CommandContext by(String recordedBy, Instant recordedAt) {
        return new CommandContext(recordedBy, recordedAt, null, null, null);
    }

    /** The same, sent again with this key means the same command ({@code fingerprint} says what was asked). */
    public CommandContext withIdempotencyKey(String key, String fingerprint) {
        return new CommandContext(recordedBy, recordedAt, key, fingerprint, expectedVersion);
    }

    /** Carried out only on this version of the aggregate (its number of events). */
    public CommandContext ifAtVersion(Long version) {
        return new CommandContext(recordedBy, recordedAt, idempotencyKey, requestFingerprint, version);
    }
}
