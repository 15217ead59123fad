package th.go.mol.oneplan.app.security.login;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bearer tokens of {@code POST /api/login} ({@code oneplan.security.token.*}): how many minutes one is valid.
 * Short, because a token is accepted without the password until then (it ends at once, though, when the user's
 * password is changed or set, or an administrator changes or disables the user).
 */
@ConfigurationProperties("oneplan.security.token")
public record LoginTokenProperties(Integer minutes) {
    public LoginTokenProperties {
        minutes = minutes == null ? 15 : minutes;
        if (minutes < 1 || minutes > 24 * 60) {
            throw new IllegalArgumentException("oneplan.security.token.minutes must be 1 to 1440");
        }
    }
}
