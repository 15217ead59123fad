package th.go.mol.oneplan.app.security.builtin;

import org.springframework.jdbc.core.JdbcTemplate;
import th.go.mol.oneplan.app.security.LoginLocked;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Counts failed logins per user name in table {@code login_throttle} (so every node of the service sees the same
 * count) and locks a name after too many. Names that do not exist are counted and locked like any other, so the
 * answers never tell which users exist. The lock is per name, not per client: guessing from many addresses is
 * slowed as much as from one; the price is that someone can keep a user locked out for a while by failing on
 * purpose, which an administrator ends by setting the user's password.
 */
public class LoginThrottle {
    private final JdbcTemplate jdbc;
    private final LoginThrottleProperties properties;

    LoginThrottle(JdbcTemplate jdbc, LoginThrottleProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Refuses a name that is locked; answers whether it has failures on record (so a success must clear them). */
    boolean checkNotLocked(String username) {
        List<Timestamp> rows = jdbc.query("SELECT locked_until FROM login_throttle WHERE username_digest = ?",
                (rs, n) -> rs.getTimestamp("locked_until"), digest(username));
        if (rows.isEmpty()) {
            return false;
        }
        Optional.ofNullable(rows.get(0)).map(Timestamp::toInstant).filter(until -> until.isAfter(Instant.now()))
                .ifPresent(until -> {
                    throw new LoginLocked(until);
                });
        return true;
    }

    /** Counts a failure within the window (a failure after it starts a new one); locks the name at the limit. */
    void failed(String username) {
        String digest = digest(username);
        Integer failures = jdbc.queryForObject("""
                        INSERT INTO login_throttle AS t (username_digest, failures, window_started_at)
                        VALUES (?, 1, now())
                        ON CONFLICT (username_digest) DO UPDATE SET
                            failures = CASE WHEN t.window_started_at < now() - make_interval(mins => ?) THEN 1
                                            ELSE t.failures + 1 END,
                            window_started_at = CASE WHEN t.window_started_at < now() - make_interval(mins => ?)
                                                     THEN now() ELSE t.window_started_at END
                        RETURNING failures""",
                Integer.class, digest, properties.lockMinutes(), properties.lockMinutes());
        if (failures != null && failures >= properties.maxFailures()) {
            jdbc.update("""
                            UPDATE login_throttle
                               SET locked_until = now() + make_interval(mins => ?), failures = 0, window_started_at = now()
                             WHERE username_digest = ?""",
                    properties.lockMinutes(), digest);
        }
        // Names with no recent failure and no lock in force are forgotten, so guessing at random names cannot
        // fill the table.
        jdbc.update("""
                        DELETE FROM login_throttle
                         WHERE window_started_at < now() - make_interval(mins => ?)
                           AND (locked_until IS NULL OR locked_until < now())""",
                properties.lockMinutes());
    }

    /** Forgets a name's failures and lock: after a successful login, or when an administrator sets its password. */
    public void clear(String username) {
        jdbc.update("DELETE FROM login_throttle WHERE username_digest = ?", digest(username));
    }

    private static String digest(String username) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    (username == null ? "" : username).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
