package th.go.mol.oneplan.app.security.me;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.app.security.Caller;

/**
 * A built-in user changes their own password. It is the only thing a user told to change their password (the
 * first admin with a generated password, or a user an admin created or reset) may do until they have. The rules are
 * {@link PasswordChange}'s, which the pages' form ({@code /account/password}) calls too.
 */
@RestController
@ConditionalOnProperty(name = "oneplan.security.mode", havingValue = "built-in", matchIfMissing = true)
@Tag(name = "Me", description = "The authenticated caller")
public class PasswordChangeController {
    private final PasswordChange passwords;

    public PasswordChangeController(PasswordChange passwords) {
        this.passwords = passwords;
    }

    @PostMapping("/api/me/password")
    @Operation(summary = "Change your password (built-in user store)",
            description = "The new password: at least 12 characters, at most 72 bytes, not your user name, not the"
                    + " current one. 204 when changed; send the new password from the next request on.")
    @ApiResponse(responseCode = "204", description = "The password is changed")
    public ResponseEntity<Void> change(@Valid @RequestBody ChangePasswordRequest body, Authentication authentication) {
        passwords.change(Caller.of(authentication).orElseThrow().name(), body.currentPassword(), body.newPassword());
        return ResponseEntity.noContent().build();
    }
}
