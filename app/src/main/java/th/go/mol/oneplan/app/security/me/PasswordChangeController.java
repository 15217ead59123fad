package th.go.mol.oneplan.app.security.me;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.app.security.Caller;
import th.go.mol.oneplan.app.security.InvalidFields;
import th.go.mol.oneplan.app.security.builtin.PasswordPolicy;
import th.go.mol.oneplan.app.security.builtin.UserAccount;
import th.go.mol.oneplan.app.security.builtin.UserAccounts;
import th.go.mol.oneplan.app.web.FieldError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A built-in user changes their own password. It is the only thing a user told to change their password (the
 * first admin with a generated password, or a user an admin created or reset) may do until they have.
 */
@RestController
@ConditionalOnProperty(name = "oneplan.security.mode", havingValue = "built-in", matchIfMissing = true)
@Tag(name = "Me", description = "The authenticated caller")
public class PasswordChangeController {
    private final UserAccounts accounts;
    private final PasswordEncoder encoder;

    public PasswordChangeController(UserAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @PostMapping("/api/me/password")
    @Operation(summary = "Change your password (built-in user store)",
            description = "The new password: at least 12 characters, at most 72 bytes, not your user name, not the"
                    + " current one. 204 when changed; send the new password from the next request on.")
    @ApiResponse(responseCode = "204", description = "The password is changed")
    public ResponseEntity<Void> change(@Valid @RequestBody ChangePasswordRequest body, Authentication authentication) {
        Caller caller = Caller.of(authentication).orElseThrow();
        UserAccount account = accounts.find(caller.name()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        if (!encoder.matches(body.currentPassword(), account.passwordHash())) {
            errors.add(new FieldError("currentPassword", "mismatch", "currentPassword is not your current password"));
        }
        errors.addAll(PasswordPolicy.check("newPassword", body.newPassword(), account.username(), body.currentPassword()));
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        accounts.changePassword(account.username(), encoder.encode(body.newPassword()), false, Instant.now(),
                caller.name());
        return ResponseEntity.noContent().build();
    }
}
