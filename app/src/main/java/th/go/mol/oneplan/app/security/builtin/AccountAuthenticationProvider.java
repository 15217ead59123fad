package th.go.mol.oneplan.app.security.builtin;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks an HTTP Basic user name and password against {@code app_user} (Spring's bcrypt check, with its
 * protection against telling unknown users from wrong passwords by timing), and makes the authenticated
 * principal a {@link th.go.mol.oneplan.app.security.Caller}, as in JWT mode, so the access rules read both alike.
 * Failed logins are counted per user name by {@link LoginThrottle}.
 */
class AccountAuthenticationProvider extends DaoAuthenticationProvider {
    private final LoginThrottle throttle;

    AccountAuthenticationProvider(UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        super(username -> accounts.find(username).map(AccountDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user")));
        setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    /**
     * The attempt is counted before the password is looked at, so attempts arriving together cannot all pass a lock
     * check before any of them is counted; one over the limit, or for a locked name, is refused without a check.
     */
    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        LoginThrottle.Attempt attempt = throttle.begin(authentication.getName());
        Authentication authenticated;
        try {
            authenticated = super.authenticate(authentication);
        } catch (BadCredentialsException e) {
            attempt.failed();
            throw e;
        }
        attempt.succeeded();
        return authenticated;
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                                                         UserDetails user) {
        // No credentials are kept in the authentication: it lives only as long as the request.
        return UsernamePasswordAuthenticationToken.authenticated(((AccountDetails) user).account().caller(), null,
                user.getAuthorities());
    }
}
