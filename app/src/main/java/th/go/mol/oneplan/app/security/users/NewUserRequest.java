package th.go.mol.oneplan.app.security.users;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import th.go.mol.oneplan.app.security.Role;

/**
 * A user to add to the built-in store.
 *
 * @param username           3 to 64 letters, digits or {@code @ . _ -}, starting with a letter or digit; it is
 *                           what the user's events are recorded by, so it cannot be changed later
 * @param password           the first password (PasswordPolicy), which the user changes unless
 *                           {@code mustChangePassword} is false
 * @param role               PROVINCIAL_OFFICER, CENTRE_STAFF, INSPECTOR or MINISTRY_ADMIN
 * @param provinceCode       required for a PROVINCIAL_OFFICER: the province they record for
 * @param subdistrictCode    required for CENTRE_STAFF: their tambon
 * @param mustChangePassword true (the default): the user must change the password before anything else
 */
public record NewUserRequest(
        @NotNull @Pattern(regexp = UserAdministration.USERNAME,
                message = "must be 3 to 64 letters, digits or @ . _ -, starting with a letter or digit") String username,
        @NotNull String password,
        @NotNull Role role,
        Integer provinceCode,
        Integer subdistrictCode,
        Boolean mustChangePassword) {

    @Override
    public String toString() {
        return "NewUserRequest[" + username + ", " + role + "]";
    }
}
