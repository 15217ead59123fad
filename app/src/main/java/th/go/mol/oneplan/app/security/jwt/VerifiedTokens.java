package th.go.mol.oneplan.app.security.jwt;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A {@link JwtDecoder} that remembers the tokens it has verified, so that a client sending the same bearer token with
 * every request pays for parsing it, checking its signature and validating its claims once, not at every request
 * (about 7% of a query's CPU, docs/benchmarks.md, "What each change bought: queries").
 *
 * <p>Only the decoder's answer is remembered, which depends on nothing but the token's text and the time: a token
 * refused is never remembered, and a remembered one is forgotten when it expires ({@code exp}), so no token is
 * accepted that the decoder would refuse, and none longer than {@link #MAX_AGE} after it was verified (a key the
 * identity provider withdrew stops counting by then). What a token stands for is still decided at every request
 * after this: in built-in mode the user's {@code app_user} row is read each time ({@code LoginTokens}), so a
 * changed password, a disabled user or a new role ends the user's tokens at the next request, as before.
 *
 * <p>Entries are found by the SHA-256 of the token (a fixed 32 bytes, whatever the token's length); there are at most
 * {@link #MAX_ENTRIES}, the least used going first.
 */
public final class VerifiedTokens implements JwtDecoder {
    static final int MAX_ENTRIES = 10_000;
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(JwtDecoder verifier) {
        this(verifier, Clock.systemUTC(), Ticker.systemTicker());
    }

    /** With the clock the tokens' times are read against, and the ticker the cache measures their age with. */
    VerifiedTokens(JwtDecoder verifier, Clock clock, Ticker ticker) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfter(Expiry.<String, Jwt>creating((hash, jwt) -> lifetime(jwt)))
                .ticker(ticker)
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        if (token == null) {
            return verifier.decode(null);
        }
        String hash = sha256(token);
        Jwt known = verified.getIfPresent(hash);
        if (known != null) {
            return known;
        }
        Jwt jwt = verifier.decode(token);
        if (!lifetime(jwt).isZero()) {
            verified.put(hash, jwt);
        }
        return jwt;
    }

    /** Until the token expires, and not longer than {@link #MAX_AGE}; zero (not kept) for a token without expiry. */
    private Duration lifetime(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        if (expires == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), expires);
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(MAX_AGE) < 0 ? left : MAX_AGE;
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
