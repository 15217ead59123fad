package th.go.mol.oneplan.app.security.builtin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How password guessing is slowed down ({@code oneplan.security.login.*}): after {@code maxFailures} failed logins
 * for one user name within {@code lockMinutes}, that name is locked for {@code lockMinutes}.
 */
@ConfigurationProperties("oneplan.security.login")
public record LoginThrottleProperties(Integer maxFailures, Integer lockMinutes) {
    public LoginThrottleProperties {
        maxFailures = maxFailures == null ? 10 : maxFailures;
        lockMinutes = lockMinutes == null ? 15 : lockMinutes;
        if (maxFailures < 1 || lockMinutes < 1) {
            throw new IllegalArgumentException("oneplan.security.login.max-failures and lock-minutes must be 1 or more");
        }
    }
}
