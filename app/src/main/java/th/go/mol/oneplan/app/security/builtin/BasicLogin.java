package th.go.mol.oneplan.app.security.builtin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import th.go.mol.oneplan.app.security.LoginLocked;

import java.util.List;
import java.util.Optional;

/**
 * HTTP Basic: the user name and password sent with the request. Credentials verified within the last minutes
 * ({@link VerifiedBasicCredentials}) are accepted without bcrypt if the {@code app_user} row read now still has the
 * password hash they were verified against and is enabled, and the name is not locked; anything else gets the full,
 * throttled {@link PasswordCheck}. The principal is the user as a {@link th.go.mol.oneplan.app.security.Caller},
 * read from the row at this request, as with a login token or in JWT mode.
 */
class BasicLogin implements AuthenticationProvider {
    private final UserAccounts accounts;
    private final PasswordCheck passwords;
    private final LoginThrottle throttle;
    private final VerifiedBasicCredentials verified;

    BasicLogin(UserAccounts accounts, PasswordCheck passwords, LoginThrottle throttle,
               VerifiedBasicCredentials verified) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication basic) {
        String username = basic.getName();
        String password = basic.getCredentials() == null ? "" : basic.getCredentials().toString();
        Optional<VerifiedBasicCredentials.Verified> earlier = verified.find(username, password);
        if (earlier.isPresent()) {
            Optional<UserAccount> unchanged = accounts.find(earlier.get().username())
                    .filter(account -> account.enabled() && account.passwordHash().equals(earlier.get().passwordHash()));
            if (unchanged.isPresent()) {
                try {
                    throttle.checkNotLocked(username);
                } catch (LoginLocked locked) {
                    verified.forget(username, password);
                    throw locked;
                }
                return authenticated(unchanged.get());
            }
            verified.forget(username, password);
        }
        UserAccount account = passwords.verify(username, password);
        verified.remember(username, password, account);
        return authenticated(account);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static Authentication authenticated(UserAccount account) {
        // No credentials are kept in the authentication: it lives only as long as the request.
        return UsernamePasswordAuthenticationToken.authenticated(account.caller(), null,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
    }
}
