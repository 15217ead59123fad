package th.go.mol.oneplan.app.security.builtin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.app.security.OnePlanSecurityProperties;
import th.go.mol.oneplan.app.security.Role;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * The first user of the built-in store. At start, if {@code app_user} has no user at all, adds {@code admin}
 * (MINISTRY_ADMIN) with the password of {@code oneplan.security.initial-admin-password}
 * (env {@code ONEPLAN_SECURITY_INITIAL_ADMIN_PASSWORD}) if one is set; otherwise it generates a strong random
 * password, prints it once in the log and makes the admin change it before doing anything else. Nothing is
 * kept anywhere but the bcrypt hash, so there is no credential in the repository or the configuration.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "oneplan.security.mode", havingValue = "built-in", matchIfMissing = true)
public class InitialAdmin implements ApplicationRunner {
    public static final String USERNAME = "admin";
    static final String CREATED_BY = "first start";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    /** Letters and digits without the look-alikes 0/O, 1/l/I: the password is read off a log and typed. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final OnePlanSecurityProperties properties;

    public InitialAdmin(UserAccounts accounts, PasswordEncoder encoder, OnePlanSecurityProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfNoUser();
    }

    /** True if this call added the admin (there was no user, and no other node added one at the same moment). */
    public boolean createIfNoUser() {
        String configured = properties.initialAdminPassword();
        if (configured != null && !PasswordPolicy.check("initial-admin-password", configured, USERNAME, null).isEmpty()) {
            throw new IllegalStateException("oneplan.security.initial-admin-password must be " + PasswordPolicy.MIN_LENGTH
                    + " to " + PasswordPolicy.MAX_BYTES + " bytes long and not the user name");
        }
        String password = configured != null ? configured : generate();
        boolean generated = configured == null;
        UserAccount admin = new UserAccount(USERNAME, encoder.encode(password), Role.MINISTRY_ADMIN, null, null,
                generated, true, Instant.now(), CREATED_BY, null, null);
        if (!accounts.createFirst(admin)) {
            if (configured != null) {
                log.info("oneplan.security.initial-admin-password is ignored: the user store already has users");
            }
            return false;
        }
        if (generated) {
            log.warn("""

                    ==========================================================================================
                      OnePlan Ledger: the first user has been created.
                        user name: {}
                        password:  {}
                      This password is shown only this once and must be changed before anything else:
                        curl -u '{}:<password>' -H 'Content-Type: application/json' \\
                             -d '{"currentPassword":"<password>","newPassword":"<at least 12 characters>"}' \\
                             http://localhost:<port>/api/me/password
                    ==========================================================================================
                    """, USERNAME, password, USERNAME);
        } else {
            log.info("First user '{}' created with the password of oneplan.security.initial-admin-password", USERNAME);
        }
        return true;
    }

    static String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
