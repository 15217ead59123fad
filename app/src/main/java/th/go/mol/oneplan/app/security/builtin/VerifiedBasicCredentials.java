package th.go.mol.oneplan.app.security.builtin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic credentials whose password was checked a short while ago, so a script sending the same credentials
 * with every request pays for bcrypt once every few minutes instead of at every request.
 *
 * <p>What is kept is safe to lose and useless to steal: the key is an HMAC of the user name and password under a
 * random key made when the process starts (never stored, so a heap dump does not give a password or a value to
 * guess passwords against offline), the value the user's name and the password hash the password was checked
 * against. An entry counts only while that hash is still the user's: {@link BasicLogin} compares it with the
 * {@code app_user} row it reads at every request, so a changed or reset password, a disabled user or a lock
 * takes effect at the next request. Entries expire after {@code oneplan.security.basic-cache.minutes}, and there
 * are at most {@code max-entries} (the least used go first).
 */
class VerifiedBasicCredentials {
    private final SecretKeySpec key;
    private final Cache<String, Verified> verified;

    VerifiedBasicCredentials(BasicCacheProperties properties) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, "HmacSHA256");
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMinutes(properties.minutes()))
                .maximumSize(properties.maxEntries())
                .build();
    }

    /** What these credentials were verified as, if they were within the last minutes. */
    Optional<Verified> find(String username, String password) {
        return Optional.ofNullable(verified.getIfPresent(keyOf(username, password)));
    }

    void remember(String username, String password, UserAccount account) {
        verified.put(keyOf(username, password), new Verified(account.username(), account.passwordHash()));
    }

    void forget(String username, String password) {
        verified.invalidate(keyOf(username, password));
    }

    private String keyOf(String username, String password) {
        byte[] name = username.getBytes(StandardCharsets.UTF_8);
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // The name's length first, so that no two (name, password) pairs give the same input.
            mac.update(ByteBuffer.allocate(4).putInt(name.length).array());
            mac.update(name);
            return Base64.getEncoder().encodeToString(mac.doFinal(secret));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** A user name (as stored) and the password hash the password was found to match. */
    record Verified(String username, String passwordHash) {
        @Override
        public String toString() {
            return "Verified[" + username + "]";
        }
    }
}
