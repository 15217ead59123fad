package th.go.mol.oneplan.app.security.jwt;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import th.go.mol.oneplan.app.security.AuthenticationMode;

/**
 * {@code oneplan.security.mode=jwt}: the ledger is an OAuth2 resource server. Callers send
 * {@code Authorization: Bearer <JWT>} issued by the ministry's identity provider; the token is checked with
 * Spring Boot's standard settings ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri},
 * {@code jwk-set-uri} or {@code public-key-location}, plus {@code audiences}), and its claims give the caller
 * ({@link JwtClaimsToCaller}). Users are managed in the identity provider; there is no user store here.
 */
@Configuration
@ConditionalOnProperty(name = "oneplan.security.mode", havingValue = "jwt")
public class JwtAuthentication {

    @Bean
    AuthenticationMode jwtMode(ObjectProvider<JwtDecoder> decoder) {
        if (decoder.getIfAvailable() == null) {
            throw new IllegalStateException("oneplan.security.mode=jwt needs the identity provider's keys: set "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri, jwk-set-uri or public-key-location");
        }
        // Each token's signature and claims checked once, then remembered until it expires (VerifiedTokens).
        JwtDecoder verified = new VerifiedTokens(decoder.getObject());
        return new AuthenticationMode() {
            @Override
            public void configure(HttpSecurity http, AuthenticationEntryPoint unauthenticated,
                                  AccessDeniedHandler forbidden) throws Exception {
                http.oauth2ResourceServer(server -> server
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden)
                        .jwt(jwt -> jwt.decoder(verified).jwtAuthenticationConverter(new JwtClaimsToCaller())));
            }

            @Override
            public String challenge(AuthenticationException failure) {
                // RFC 6750: say that the token was refused, not why (expired, wrong signature, ...).
                return failure instanceof OAuth2AuthenticationException ? "Bearer error=\"invalid_token\"" : "Bearer";
            }
        };
    }
}
