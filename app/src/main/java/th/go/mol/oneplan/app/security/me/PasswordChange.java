package th.go.mol.oneplan.app.security.me;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import th.go.mol.oneplan.app.security.InvalidFields;
import th.go.mol.oneplan.app.security.LoginLocked;
import th.go.mol.oneplan.app.security.PasswordChanged;
import th.go.mol.oneplan.app.security.builtin.PasswordCheck;
import th.go.mol.oneplan.app.security.builtin.PasswordPolicy;
import th.go.mol.oneplan.app.security.builtin.UserAccount;
import th.go.mol.oneplan.app.security.builtin.UserAccounts;
import th.go.mol.oneplan.app.web.FieldError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A built-in user changes their own password: the current one must be right, the new one must keep
 * {@link PasswordPolicy}. One place for both callers, {@code POST /api/me/password} and the pages' form
 * ({@code /account/password}), so a rule never differs between them. The fields are named as the API names them
 * ({@code currentPassword}, {@code newPassword}).
 *
 * <p>The current password is checked as a login is ({@link PasswordCheck}, with the login throttle): a session or
 * token in the wrong hands must not become a way to guess the password at leisure. A wrong one counts as a failed
 * login and is the 400 {@code mismatch}; once the name is locked, the 400 {@code locked} says until when, and
 * logging in with that name waits as long.
 */
@Service
@ConditionalOnProperty(name = "oneplan.security.mode", havingValue = "built-in", matchIfMissing = true)
public class PasswordChange {
    public static final String CURRENT = "currentPassword";
    public static final String NEW = "newPassword";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordCheck check;
    private final ApplicationEventPublisher events;

    public PasswordChange(UserAccounts accounts, PasswordEncoder encoder, PasswordCheck check,
                          ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.check = check;
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
        currentPasswordProblem(account, currentPassword).ifPresent(errors::add);
        errors.addAll(PasswordPolicy.check(NEW, newPassword, account.username(), currentPassword));
        return errors;
    }

    private Optional<FieldError> currentPasswordProblem(UserAccount account, String currentPassword) {
        FieldError mismatch = new FieldError(CURRENT, "mismatch", CURRENT + " is not your current password");
        if (currentPassword == null) {
            return Optional.of(mismatch);
        }
        try {
            check.verify(account.username(), currentPassword);
            return Optional.empty();
        } catch (LoginLocked locked) {
            return Optional.of(new FieldError(CURRENT, "locked", CURRENT + " was wrong too many times: try again after "
                    + locked.until() + " or ask a ministry administrator to set a new password"));
        } catch (AuthenticationException wrong) {
            return Optional.of(mismatch);
        }
    }
}
