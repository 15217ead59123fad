package th.go.mol.oneplan.app.security.users;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.go.mol.oneplan.app.security.Caller;
import th.go.mol.oneplan.app.security.InvalidFields;
import th.go.mol.oneplan.app.security.PasswordChanged;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.app.security.builtin.LoginThrottle;
import th.go.mol.oneplan.app.security.builtin.PasswordPolicy;
import th.go.mol.oneplan.app.security.builtin.UserAccount;
import th.go.mol.oneplan.app.security.builtin.UserAccounts;
import th.go.mol.oneplan.app.web.FieldError;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.geography.Geography;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a MINISTRY_ADMIN does to users of the built-in store: add one, change a role, scope or enablement, set
 * a password. Each change records who made it and when. The last enabled MINISTRY_ADMIN cannot be disabled or
 * given another role, or nobody could manage users any more.
 */
@Service
@ConditionalOnProperty(name = "oneplan.security.mode", havingValue = "built-in", matchIfMissing = true)
public class UserAdministration {
    static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9@._-]{2,63}";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final Geography geography;

    private final LoginThrottle loginThrottle;
    private final ApplicationEventPublisher events;

    public UserAdministration(UserAccounts accounts, PasswordEncoder encoder, LoginThrottle loginThrottle,
                              Geography geography, ApplicationEventPublisher events) {
        this.geography = geography;
        this.events = events;
        this.accounts = accounts;
        this.encoder = encoder;
        this.loginThrottle = loginThrottle;
    }

    public UserView create(NewUserRequest request, Caller admin) {
        List<FieldError> errors = new ArrayList<>();
        Optional<UserScope> scope = UserScope.of(request.role(), request.provinceCode(), request.subdistrictCode(),
                geography, errors);
        errors.addAll(PasswordPolicy.check("password", request.password(), request.username(), null));
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        UserAccount account = new UserAccount(request.username(), encoder.encode(request.password()), request.role(),
                scope.get().provinceCode(), scope.get().subdistrictCode(),
                request.mustChangePassword() == null || request.mustChangePassword(), true, Instant.now(),
                admin.name(), null, null);
        if (!accounts.create(account)) {
            String taken = accounts.find(request.username()).map(UserAccount::username).orElse(request.username());
            throw new RuleViolation("username-taken", "there is already a user named " + taken
                    + (taken.equals(request.username()) ? "" : " (user names ignore letter case)"));
        }
        return UserView.of(account);
    }

    public List<UserView> all() {
        return accounts.all().stream().map(UserView::of).toList();
    }

    public UserView one(String username) {
        return UserView.of(existing(username));
    }

    @Transactional
    public UserView changeAccess(String username, ChangeAccessRequest request, Caller admin) {
        UserAccount current = existing(username);
        List<FieldError> errors = new ArrayList<>();
        Optional<UserScope> scope = UserScope.of(request.role(), request.provinceCode(), request.subdistrictCode(),
                geography, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        boolean staysAdmin = request.role() == Role.MINISTRY_ADMIN && request.enabled();
        if (current.role() == Role.MINISTRY_ADMIN && current.enabled() && !staysAdmin
                && accounts.otherEnabledAdmins(username) == 0) {
            throw new RuleViolation("last-admin",
                    username + " is the last enabled MINISTRY_ADMIN; make another user an administrator first");
        }
        accounts.changeAccess(username, request.role(), scope.get().provinceCode(), scope.get().subdistrictCode(),
                request.enabled(), Instant.now(), admin.name());
        return one(username);
    }

    public void resetPassword(String username, ResetPasswordRequest request, Caller admin) {
        existing(username);
        List<FieldError> errors = PasswordPolicy.check("password", request.password(), username, null);
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        accounts.changePassword(username, encoder.encode(request.password()),
                request.mustChangePassword() == null || request.mustChangePassword(), Instant.now(), admin.name());
        // A user locked out by failed logins (their own, or someone failing on purpose) may log in again at once.
        loginThrottle.clear(username);
        events.publishEvent(new PasswordChanged(username));
    }

    private UserAccount existing(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFound("user", "there is no user " + username));
    }
}
