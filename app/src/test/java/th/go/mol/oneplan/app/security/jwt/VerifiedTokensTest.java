package th.go.mol.oneplan.app.security.jwt;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A token is verified once and then remembered, never longer than it is valid nor than {@link VerifiedTokens#MAX_AGE};
 * a token refused is refused again each time it is sent.
 */
class VerifiedTokensTest {
    private static final Instant T0 = Instant.parse("2026-12-02T07:00:00Z");

    /** A test clock that the cache's ticker follows too. */
    private Instant now = T0;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final List<String> verifiedTokens = new ArrayList<>();

    /** Verifies like a real decoder would: "bad" tokens are refused, the others expire at the time they name. */
    private final JwtDecoder verifier = token -> {
        verifiedTokens.add(token);
        if (token.startsWith("bad")) {
            throw new BadJwtException("bad signature");
        }
        Instant expires = token.equals("no-expiry") ? null : T0.plusSeconds(Long.parseLong(token.split(":")[1]));
        if (expires != null && !now.isBefore(expires)) {
            throw new BadJwtException("expired");
        }
        Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "HS256").subject("someone").issuedAt(T0);
        return (expires == null ? jwt : jwt.expiresAt(expires)).build();
    };
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock,
            () -> Duration.between(T0, now).toNanos());

    @Test
    void a_token_is_verified_once_while_it_is_valid() {
        Jwt first = tokens.decode("good:60");
        Jwt again = tokens.decode("good:60");

        assertThat(again).isSameAs(first);
        assertThat(verifiedTokens).containsExactly("good:60");
    }

    @Test
    void a_token_is_forgotten_when_it_expires_and_then_refused_by_the_verifier() {
        tokens.decode("good:60");
        now = T0.plusSeconds(59);
        tokens.decode("good:60");
        assertThat(verifiedTokens).hasSize(1);

        now = T0.plusSeconds(60);
        assertThatThrownBy(() -> tokens.decode("good:60")).isInstanceOf(BadJwtException.class);
        assertThat(verifiedTokens).hasSize(2);
    }

    @Test
    void a_long_lived_token_is_verified_again_after_the_maximum_age() {
        tokens.decode("good:3600");
        now = T0.plus(VerifiedTokens.MAX_AGE).minusSeconds(1);
        tokens.decode("good:3600");
        assertThat(verifiedTokens).hasSize(1);

        now = T0.plus(VerifiedTokens.MAX_AGE);
        tokens.decode("good:3600");
        assertThat(verifiedTokens).hasSize(2);
    }

    @Test
    void refused_tokens_and_tokens_without_expiry_are_not_remembered() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode("bad:60")).isInstanceOf(BadJwtException.class);
            tokens.decode("no-expiry");
        }
        assertThat(verifiedTokens).containsExactly("bad:60", "no-expiry", "bad:60", "no-expiry");
    }

    @Test
    void different_tokens_are_different_entries() {
        assertThat(tokens.decode("good:60").getTokenValue()).isEqualTo("good:60");
        assertThat(tokens.decode("good:61").getTokenValue()).isEqualTo("good:61");
        assertThat(verifiedTokens).containsExactly("good:60", "good:61");
    }
}
