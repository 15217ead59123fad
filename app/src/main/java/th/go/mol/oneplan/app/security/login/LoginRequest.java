package th.go.mol.oneplan.app.security.login;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * A user name and password to log in with.
 *
 * @param username the user name, in any letter case
 * @param password the password
 */
@Schema(description = "A user name (letter case does not matter) and password")
public record LoginRequest(
        @NotNull @Schema(example = "somchai.k", requiredMode = Schema.RequiredMode.REQUIRED) String username,
        @NotNull @Schema(format = "password", requiredMode = Schema.RequiredMode.REQUIRED) String password) {

    @Override
    public String toString() {
        // Never the password: this may end up in a log line.
        return "LoginRequest[" + username + "]";
    }
}
