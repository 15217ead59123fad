package th.go.mol.oneplan.app.security.users;

import jakarta.validation.constraints.NotNull;

/** An administrator sets a user's password (a user who forgot theirs); by default they must change it at once. */
public record ResetPasswordRequest(@NotNull String password, Boolean mustChangePassword) {
    @Override
    public String toString() {
        return "ResetPasswordRequest[***]";
    }
}
