package th.go.mol.oneplan.app.security.me;

import jakarta.validation.constraints.NotNull;

/** A user's own password change: the password they have now, and the new one (rules: PasswordPolicy). */
public record ChangePasswordRequest(@NotNull String currentPassword, @NotNull String newPassword) {
    @Override
    public String toString() {
        return "ChangePasswordRequest[***]";
    }
}
