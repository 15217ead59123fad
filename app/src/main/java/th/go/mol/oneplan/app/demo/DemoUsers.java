package th.go.mol.oneplan.app.demo;

import org.springframework.security.crypto.password.PasswordEncoder;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.app.security.builtin.UserAccount;
import th.go.mol.oneplan.app.security.builtin.UserAccounts;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * The users a demo is recorded by, in the built-in user store: {@code demo-loader}, provincial officer of the
 * demo's province, and {@code demo-inspector} for its inspections. They are enabled with a fresh random
 * password (held only in memory) for the replay, and disabled when it ends, so nobody can log in as them.
 */
final class DemoUsers {
    static final String OFFICER = "demo-loader";
    static final String INSPECTOR = "demo-inspector";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final String password;

    DemoUsers(UserAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        this.password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Enables both users for this replay, the officer scoped to the demo's province. */
    void open(int provinceCode) {
        enable(OFFICER, Role.PROVINCIAL_OFFICER, provinceCode);
        enable(INSPECTOR, Role.INSPECTOR, null);
    }

    void close() {
        disable(OFFICER, Role.PROVINCIAL_OFFICER);
        disable(INSPECTOR, Role.INSPECTOR);
    }

    /** The user a request is sent as: inspections by the inspector, everything else by the officer. */
    String userFor(String path) {
        return path.endsWith("/inspections") ? INSPECTOR : OFFICER;
    }

    String password() {
        return password;
    }

    private void enable(String username, Role role, Integer provinceCode) {
        Instant now = Instant.now();
        String hash = encoder.encode(password);
        if (!accounts.create(new UserAccount(username, hash, role, provinceCode, null, false, true, now, OFFICER,
                null, null))) {
            accounts.changeAccess(username, role, provinceCode, null, true, now, OFFICER);
            accounts.changePassword(username, hash, false, now, OFFICER);
        }
    }

    private void disable(String username, Role role) {
        accounts.find(username).ifPresent(u -> accounts.changeAccess(username, role, u.provinceCode(), null, false,
                Instant.now(), OFFICER));
    }
}
