package th.go.mol.oneplan.app.security.builtin;

import th.go.mol.oneplan.app.web.FieldError;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a new password must be: at least 12 characters (length is what makes a password hard to guess; no
 * composition rules), at most 72 bytes in UTF-8 (bcrypt reads no further, so anything longer would only seem
 * stronger), not the user name, and not the password it replaces.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** The rules the password breaks, naming {@code field}; empty if it is acceptable. */
    public static List<FieldError> check(String field, String password, String username, String currentPassword) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError(field, "required", field + " is required"));
            return errors;
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            errors.add(new FieldError(field, "min-length", field + " must be at least " + MIN_LENGTH + " characters"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.add(new FieldError(field, "max-length", field + " must be at most " + MAX_BYTES + " bytes in UTF-8"));
        }
        if (password.equalsIgnoreCase(username)) {
            errors.add(new FieldError(field, "not-username", field + " must not be the user name"));
        }
        if (currentPassword != null && password.equals(currentPassword)) {
            errors.add(new FieldError(field, "differs", field + " must differ from the current password"));
        }
        return errors;
    }
}
