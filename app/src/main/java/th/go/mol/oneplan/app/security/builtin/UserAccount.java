package th.go.mol.oneplan.app.security.builtin;

import th.go.mol.oneplan.app.security.Caller;
import th.go.mol.oneplan.app.security.Role;

import java.time.Instant;
import java.util.Optional;

/** A row of {@code app_user}: a user of the built-in store, their role and scope, and the bcrypt hash of their password. */
public record UserAccount(String username, String passwordHash, Role role, Integer provinceCode, Integer subdistrictCode,
                          boolean mustChangePassword, boolean enabled, Instant createdAt, String createdBy,
                          Instant changedAt, String changedBy) {

    /** The user as the access rules see them. */
    public Caller caller() {
        return new Caller(username, Optional.of(role), provinceCode, subdistrictCode, mustChangePassword);
    }
}
