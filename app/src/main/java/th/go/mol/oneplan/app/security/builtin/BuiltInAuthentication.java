package th.go.mol.oneplan.app.security.builtin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import th.go.mol.oneplan.app.security.AuthenticationMode;
import th.go.mol.oneplan.app.security.OnePlanSecurityProperties;
import th.go.mol.oneplan.app.security.login.LoginTokens;

/**
 * {@code oneplan.security.mode=built-in} (the default): users in table {@code app_user}, passwords as bcrypt
 * hashes. A client logs in once ({@code POST /api/login}) and sends the bearer token it gets
 * ({@link LoginTokens}); scripts may instead send HTTP Basic with every request, whose password is checked once
 * every few minutes ({@link BasicLogin}). Use HTTPS in front of it anywhere but localhost.
 */
@Configuration
@EnableConfigurationProperties({LoginThrottleProperties.class, BasicCacheProperties.class})
@ConditionalOnProperty(name = "oneplan.security.mode", havingValue = "built-in", matchIfMissing = true)
public class BuiltInAuthentication {

    @Bean
    PasswordEncoder passwordEncoder(OnePlanSecurityProperties properties) {
        return new BcryptPasswords(properties.passwordHashStrength());
    }

    @Bean
    LoginThrottle loginThrottle(JdbcTemplate jdbc, LoginThrottleProperties properties) {
        return new LoginThrottle(jdbc, properties);
    }

    @Bean
    PasswordCheck passwordCheck(UserAccounts accounts, PasswordEncoder encoder, LoginThrottle loginThrottle) {
        return new PasswordCheck(accounts, encoder, loginThrottle);
    }

    @Bean
    AuthenticationMode builtInMode(UserAccounts accounts, PasswordCheck passwordCheck, LoginThrottle loginThrottle,
                                   BasicCacheProperties basicCache, LoginTokens tokens) {
        BasicLogin basic = new BasicLogin(accounts, passwordCheck, loginThrottle,
                new VerifiedBasicCredentials(basicCache));
        JwtAuthenticationProvider bearer = new JwtAuthenticationProvider(tokens.decoder());
        bearer.setJwtAuthenticationConverter(tokens::authenticate);
        // One manager for both, given to both filters: the chain's own would only know HTTP Basic.
        ProviderManager manager = new ProviderManager(basic, bearer);
        return new AuthenticationMode() {
            @Override
            public void configure(HttpSecurity http, AuthenticationEntryPoint unauthenticated,
                                  AccessDeniedHandler forbidden) throws Exception {
                http.authenticationManager(manager)
                        .httpBasic(b -> b.authenticationEntryPoint(unauthenticated))
                        .oauth2ResourceServer(server -> server
                                .authenticationEntryPoint(unauthenticated)
                                .accessDeniedHandler(forbidden)
                                .jwt(jwt -> jwt.authenticationManager(manager)));
            }

            @Override
            public String challenge(AuthenticationException failure) {
                // RFC 6750 for a refused token (not why: expired, tampered, revoked); otherwise how to log in.
                return failure instanceof OAuth2AuthenticationException ? "Bearer error=\"invalid_token\""
                        : "Basic realm=\"OnePlan Ledger\", charset=\"UTF-8\"";
            }
        };
    }
}
