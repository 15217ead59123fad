package th.go.mol.oneplan.app.security.users;

import jakarta.validation.constraints.NotNull;
import th.go.mol.oneplan.app.security.Role;

/**
 * A user's role, scope and whether they may log in, replacing what they were (scope rules as for a new user).
 * A user who leaves is disabled, never deleted: their name stays on what they recorded.
 */
public record ChangeAccessRequest(@NotNull Role role, Integer provinceCode, Integer subdistrictCode,
                                  @NotNull Boolean enabled) {
}
