package th.go.mol.oneplan.app.security.builtin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import th.go.mol.oneplan.app.security.AuthenticationMode;
import th.go.mol.oneplan.app.security.OnePlanSecurityProperties;

/**
 * {@code oneplan.security.mode=built-in} (the default): users in table {@code app_user}, passwords as bcrypt
 * hashes, credentials sent with every request by HTTP Basic (use HTTPS in front of it anywhere but localhost).
 */
@Configuration
@EnableConfigurationProperties(LoginThrottleProperties.class)
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
    AuthenticationProvider accountAuthenticationProvider(UserAccounts accounts, PasswordEncoder encoder,
                                                         LoginThrottle loginThrottle) {
        return new AccountAuthenticationProvider(accounts, encoder, loginThrottle);
    }

    @Bean
    AuthenticationMode builtInMode(AuthenticationProvider accountAuthenticationProvider) {
        return new AuthenticationMode() {
            @Override
            public void configure(HttpSecurity http, AuthenticationEntryPoint unauthenticated,
                                  AccessDeniedHandler forbidden) throws Exception {
                http.authenticationManager(new ProviderManager(accountAuthenticationProvider))
                        .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated));
            }

            @Override
            public String challenge(AuthenticationException failure) {
                return "Basic realm=\"OnePlan Ledger\", charset=\"UTF-8\"";
            }
        };
    }
}
