package th.go.mol.oneplan.app.security.login;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;

/**
 * The key that signs login tokens, shared by every node of an installation through table {@code login_token_key}
 * (Flyway V10): the first node to start makes a random 256-bit key and stores it; every node, that one included,
 * then uses the stored key. So it is never in the repository or the configuration, and a token issued by one node
 * is accepted by all.
 */
final class LoginTokenKey {
    private static final int BYTES = 32;

    private LoginTokenKey() {
    }

    static SecretKey of(JdbcTemplate jdbc) {
        byte[] candidate = new byte[BYTES];
        new SecureRandom().nextBytes(candidate);
        // Nodes starting together both offer a key; the first stored wins and both read it back.
        jdbc.update("INSERT INTO login_token_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING", candidate);
        byte[] stored = jdbc.queryForObject("SELECT secret FROM login_token_key WHERE id = 1", byte[].class);
        return new SecretKeySpec(stored, "HmacSHA256");
    }
}
