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

    /** A locked name is refused before its password is looked at; failures count towards the lock. */
    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        boolean failuresOnRecord = throttle.checkNotLocked(username);
        Authentication authenticated;
        try {
            authenticated = super.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.failed(username);
            throw e;
        }
        if (failuresOnRecord) {
            throttle.clear(username);
        }
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
