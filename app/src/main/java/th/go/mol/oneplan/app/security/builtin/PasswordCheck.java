package th.go.mol.oneplan.app.security.builtin;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a user name and password against {@code app_user}: Spring's bcrypt check, with its protection against
 * telling unknown users from wrong passwords by timing, and its refusal of disabled users. It costs tens of
 * milliseconds of CPU on purpose, so it is done once per login ({@code POST /api/login}) or once per few minutes
 * for HTTP Basic ({@link VerifiedBasicCredentials}), not on every request. Each check is counted by
 * {@link LoginThrottle} before it is made.
 */
public class PasswordCheck {
    private final DaoAuthenticationProvider bcrypt;
    private final LoginThrottle throttle;

    PasswordCheck(UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        this.bcrypt = new DaoAuthenticationProvider(username -> accounts.find(username).map(AccountDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user")));
        this.bcrypt.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    /**
     * The user whose name (in any letter case) and password these are.
     *
     * @throws th.go.mol.oneplan.app.security.LoginLocked if the name is locked (no password is then checked)
     * @throws AuthenticationException                    if the name or password is wrong or the user is disabled
     */
    public UserAccount verify(String username, String password) {
        LoginThrottle.Attempt attempt = throttle.begin(username);
        AccountDetails verified;
        try {
            verified = (AccountDetails) bcrypt.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, password)).getPrincipal();
        } catch (BadCredentialsException e) {
            attempt.failed();
            throw e;
        }
        attempt.succeeded();
        return verified.account();
    }
}
