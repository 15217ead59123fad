package th.go.mol.oneplan.app.security.me;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import th.go.mol.oneplan.app.security.InvalidFields;
import th.go.mol.oneplan.app.security.PasswordChanged;
import th.go.mol.oneplan.app.security.builtin.PasswordPolicy;
import th.go.mol.oneplan.app.security.builtin.UserAccount;
import th.go.mol.oneplan.app.security.builtin.UserAccounts;
import th.go.mol.oneplan.app.web.FieldError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A built-in user changes their own password: the current one must be right, the new one must keep
 * {@link PasswordPolicy}. One place for both callers, {@code POST /api/me/password} and the pages' form
 * ({@code /account/password}), so a rule never differs between them. The fields are named as the API names them
 * ({@code currentPassword}, {@code newPassword}).
 *
 * <p>The current password is checked with the encoder, not through the login throttle: the caller has already
 * logged in, and the API has always answered a wrong current password with a 400, not a lock.
 */
@Service
@ConditionalOnProperty(name = "oneplan.security.mode", havingValue = "built-in", matchIfMissing = true)
public class PasswordChange {
    public static final String CURRENT = "currentPassword";
    public static final String NEW = "newPassword";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    public PasswordChange(UserAccounts accounts, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
    }

    /** Every rule the change would break, each naming its field; empty if {@link #change} would succeed. */
    public List<FieldError> problems(String username, String currentPassword, String newPassword) {
        UserAccount account = accounts.find(username).orElseThrow();
        return problems(account, currentPassword, newPassword);
    }

    /**
     * Changes {@code username}'s password, by themselves, and clears a pending "must change".
     *
     * @throws InvalidFields naming each rule broken; nothing is changed then
     */
    public void change(String username, String currentPassword, String newPassword) {
        UserAccount account = accounts.find(username).orElseThrow();
        List<FieldError> errors = problems(account, currentPassword, newPassword);
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        accounts.changePassword(account.username(), encoder.encode(newPassword), false, Instant.now(),
                username);
        events.publishEvent(new PasswordChanged(account.username()));
    }

    private List<FieldError> problems(UserAccount account, String currentPassword, String newPassword) {
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            errors.add(new FieldError(CURRENT, "mismatch", CURRENT + " is not your current password"));
        }
        errors.addAll(PasswordPolicy.check(NEW, newPassword, account.username(), currentPassword));
        return errors;
    }
}
