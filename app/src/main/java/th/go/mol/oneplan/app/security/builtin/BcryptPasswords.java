package th.go.mol.oneplan.app.security.builtin;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;

/**
 * bcrypt, as Spring Security does it, except that a candidate password longer than bcrypt's 72 bytes simply does
 * not match. (Spring's bcrypt throws for such a password, which would turn a login attempt with a long password
 * into a 500 instead of a 401.) {@link PasswordPolicy} never lets such a password be set.
 */
class BcryptPasswords implements PasswordEncoder {
    private final BCryptPasswordEncoder bcrypt;

    BcryptPasswords(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null
                || rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
            return false;
        }
        return bcrypt.matches(rawPassword, encodedPassword);
    }
}
