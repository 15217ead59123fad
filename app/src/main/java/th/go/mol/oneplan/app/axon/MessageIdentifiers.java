package th.go.mol.oneplan.app.axon;

import org.axonframework.common.IdentifierFactory;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * The identifiers of Axon's messages (every command, query, answer and event gets one): random UUIDs, as Axon's
 * default makes them, but each thread drawing from a {@link SecureRandom} of its own.
 *
 * <p>Why: Axon's default is {@link UUID#randomUUID()}, whose one shared generator (the JDK's {@code NativePRNG})
 * takes a lock for every UUID; a query makes two (the query and its answer). With 16 request threads on 2 cores a
 * thread preempted while holding that lock stalls the others: a profile of the queries at 16 clients found 133 waits of
 * 10 ms or more on it in 40 s, about one request in 30 (docs/benchmarks.md, "What each change bought: queries"),
 * which is where a p99 lives. A generator per thread (DRBG) takes no shared lock; each is seeded by the JDK from
 * the operating system's entropy, so the identifiers are as unpredictable and as unique (122 random bits, version 4)
 * as Axon's. Loaded by Axon through {@code META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public class MessageIdentifiers extends IdentifierFactory {
    /**
     * DRBG, not {@code new SecureRandom()}: on Linux that is {@code NativePRNG}, whose instances all share one source
     * and its lock. Each DRBG instance has its own state, seeded from the system's entropy when it is made.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(MessageIdentifiers::generator);

    @Override
    public String generateIdentifier() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        // Version 4 (random) and the IETF variant, as UUID.randomUUID() sets them.
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (bytes[i] & 0xff);
            least = (least << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(most, least).toString();
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime since 9 has DRBG", e);
        }
    }
}
