package th.go.mol.oneplan.app.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Instant;

/**
 * Too many failed logins for a user name: no password is checked for it until {@code until}. Said the same way
 * for names that exist and names that do not, so it tells nobody which users exist.
 */
public class LoginLocked extends AuthenticationException {
    private final Instant until;

    public LoginLocked(Instant until) {
        super("too many failed logins");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
