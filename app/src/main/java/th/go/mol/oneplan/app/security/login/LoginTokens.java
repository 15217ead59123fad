package th.go.mol.oneplan.app.security.login;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import th.go.mol.oneplan.app.security.builtin.UserAccount;
import th.go.mol.oneplan.app.security.builtin.UserAccounts;
import th.go.mol.oneplan.app.security.jwt.CallerToken;
import th.go.mol.oneplan.app.security.jwt.VerifiedTokens;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The bearer tokens of built-in mode: JWTs signed with HMAC-SHA256 ({@link LoginTokenKey}), issued by
 * {@code POST /api/login} once the password is checked, and accepted on later requests without any password check.
 *
 * <p>A token names the user ({@code sub}) and carries {@code credential}, an HMAC of the user's password hash and
 * last change ({@code app_user.changed_at}). Each request reads the user's {@code app_user} row anyway (the role and
 * scope come from it, never from the token); a token whose {@code credential} no longer matches the row, or whose
 * user is disabled, is refused. So changing or setting the password, or any change an administrator makes to the
 * user (disabling them, another role), ends every token issued before it, on every node, at once.
 */
public class LoginTokens {
    static final String ISSUER = "oneplan-ledger";
    static final String CREDENTIAL = "credential";

    private final SecretKey key;
    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final Duration lifetime;
    private final UserAccounts accounts;

    LoginTokens(SecretKey key, Duration lifetime, UserAccounts accounts) {
        this.key = key;
        this.lifetime = lifetime;
        this.accounts = accounts;
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        NimbusJwtDecoder verifier = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        // Signature (above), issuer, expiry and not-before (a minute of clock skew between nodes is allowed), and an
        // expiry there must be.
        verifier.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(ISSUER),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull)));
        // A token is verified once, then remembered until it expires; the user's row is still read at every request
        // (authenticate), so what ends a token ends it at once.
        this.decoder = new VerifiedTokens(verifier);
    }

    /** A new token for a user whose password was just checked. */
    public IssuedToken issue(UserAccount account) {
        // Whole seconds, as the token's iat and exp are: expiresAt is exactly when the token stops being accepted.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expires = now.plus(lifetime);
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(account.username())
                .issuedAt(now)
                .expiresAt(expires)
                .claim(CREDENTIAL, credentialOf(account))
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new IssuedToken(token, "Bearer", expires, lifetime.toSeconds(), account.username(),
                account.mustChangePassword());
    }

    /** Checks a token's signature, issuer and times (once per token: {@link VerifiedTokens}). */
    public JwtDecoder decoder() {
        return decoder;
    }

    /**
     * The caller of a token that passed {@link #decoder()}: the user as their row says now.
     *
     * @throws InvalidBearerTokenException if the user is gone, disabled, or changed since the token was issued
     */
    public AbstractAuthenticationToken authenticate(Jwt jwt) {
        String credential = jwt.getClaimAsString(CREDENTIAL);
        UserAccount account = accounts.find(jwt.getSubject())
                .filter(UserAccount::enabled)
                .filter(a -> credential != null && MessageDigest.isEqual(
                        credentialOf(a).getBytes(StandardCharsets.US_ASCII),
                        credential.getBytes(StandardCharsets.US_ASCII)))
                .orElseThrow(() -> new InvalidBearerTokenException("the token is no longer valid"));
        return new CallerToken(account.caller(), jwt, List.of(new SimpleGrantedAuthority(account.role().authority())));
    }

    /**
     * Not the hash itself (the token is only signed, anyone holding it can read it), but an HMAC of it under the
     * signing key: it changes whenever the password or anything else about the user changes.
     */
    private String credentialOf(UserAccount account) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update("credential\n".getBytes(StandardCharsets.UTF_8));
            mac.update((account.username() + "\n" + account.passwordHash() + "\n"
                    + (account.changedAt() == null ? "" : account.changedAt().toString()))
                    .getBytes(StandardCharsets.UTF_8));
            byte[] full = mac.doFinal();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
