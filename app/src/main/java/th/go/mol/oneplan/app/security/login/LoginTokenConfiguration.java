package th.go.mol.oneplan.app.security.login;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.mol.oneplan.app.security.builtin.UserAccounts;

import java.time.Duration;

/** The login tokens of built-in mode, signed with the installation's key from the database. */
@Configuration
@EnableConfigurationProperties(LoginTokenProperties.class)
@ConditionalOnProperty(name = "oneplan.security.mode", havingValue = "built-in", matchIfMissing = true)
public class LoginTokenConfiguration {

    @Bean
    LoginTokens loginTokens(JdbcTemplate jdbc, LoginTokenProperties properties, UserAccounts accounts) {
        return new LoginTokens(LoginTokenKey.of(jdbc), Duration.ofMinutes(properties.minutes()), accounts);
    }
}
