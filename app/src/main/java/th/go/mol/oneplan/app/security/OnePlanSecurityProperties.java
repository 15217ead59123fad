package th.go.mol.oneplan.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How callers authenticate ({@code oneplan.security.*}); see docs/security.md.
 *
 * @param mode                   {@code built-in} (the default: users and bcrypt hashes in table {@code app_user},
 *                               HTTP Basic) or {@code jwt} (an OAuth2 resource server; configure
 *                               {@code spring.security.oauth2.resourceserver.jwt.*})
 * @param initialAdminPassword   built-in mode: the password of the first user, {@code admin}, created when
 *                               {@code app_user} is empty (env {@code ONEPLAN_SECURITY_INITIAL_ADMIN_PASSWORD}).
 *                               Unset, a random one is generated and printed once in the log, and must be changed.
 * @param passwordHashStrength   bcrypt cost factor (log2 rounds) for new hashes. A password is checked once per
 *                               login, and HTTP Basic credentials once every few minutes, so this is a trade
 *                               between guessing cost and the latency of those requests.
 */
@ConfigurationProperties("oneplan.security")
public record OnePlanSecurityProperties(Mode mode, String initialAdminPassword, Integer passwordHashStrength) {
    public static final int DEFAULT_HASH_STRENGTH = 10;

    public OnePlanSecurityProperties {
        mode = mode == null ? Mode.BUILT_IN : mode;
        initialAdminPassword = initialAdminPassword == null || initialAdminPassword.isEmpty() ? null : initialAdminPassword;
        passwordHashStrength = passwordHashStrength == null ? DEFAULT_HASH_STRENGTH : passwordHashStrength;
        if (passwordHashStrength < 4 || passwordHashStrength > 31) {
            throw new IllegalArgumentException("oneplan.security.password-hash-strength is a bcrypt cost from 4 to 31");
        }
    }

    public enum Mode {
        /** Users in table app_user, HTTP Basic. Property value {@code built-in}. */
        BUILT_IN,
        /** Bearer tokens from an identity provider. Property value {@code jwt}. */
        JWT
    }
}
