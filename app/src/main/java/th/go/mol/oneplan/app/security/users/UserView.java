package th.go.mol.oneplan.app.security.users;

import th.go.mol.oneplan.app.security.builtin.UserAccount;

import java.time.Instant;

/** A user as administrators see them: everything but the password hash. */
public record UserView(String username, String role, Integer provinceCode, Integer subdistrictCode,
                       boolean mustChangePassword, boolean enabled, Instant createdAt, String createdBy,
                       Instant changedAt, String changedBy) {

    static UserView of(UserAccount a) {
        return new UserView(a.username(), a.role().name(), a.provinceCode(), a.subdistrictCode(),
                a.mustChangePassword(), a.enabled(), a.createdAt(), a.createdBy(), a.changedAt(), a.changedBy());
    }
}
