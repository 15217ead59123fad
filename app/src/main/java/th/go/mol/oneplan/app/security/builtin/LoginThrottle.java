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
import java.util.Locale;

/**
 * Counts logins per user name in table {@code login_throttle} (so every node of the service sees the same count)
 * and locks a name after too many failures. Names that do not exist are counted and locked like any other, so the
 * answers never tell which users exist. The lock is per name, not per client: guessing from many addresses is
 * slowed as much as from one; the price is that someone can keep a user locked out for a while by failing on
 * purpose, which an administrator ends by setting the user's password.
 *
 * <p>An attempt is counted <em>before</em> its password is checked, in one atomic statement, and an attempt whose
 * number is over the limit is refused without a check. Counting only after a failed check let simultaneous guesses
 * all pass the "not locked yet" test before any of them was counted (40 guesses from 6 clients had 14 passwords
 * checked); now at most {@code max-failures} passwords of a name are ever checked per window, however many arrive
 * at once. A success forgets the count.
 *
 * <p>Names are counted in lower case, as they are looked up ({@link UserAccounts}).
 */
public class LoginThrottle {
    private final JdbcTemplate jdbc;
    private final LoginThrottleProperties properties;

    LoginThrottle(JdbcTemplate jdbc, LoginThrottleProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Counts an attempt to log in as {@code username}, whose password is then checked and reported to the attempt.
     *
     * @throws LoginLocked if the name is locked, or this attempt is one too many (it then locks the name)
     */
    Attempt begin(String username) {
        String digest = digest(username);
        // A locked name's row is left as it is; a window that has passed starts again at this attempt.
        Counted counted = jdbc.queryForObject("""
                        INSERT INTO login_throttle AS t (username_digest, failures, window_started_at)
                        VALUES (?, 1, now())
                        ON CONFLICT (username_digest) DO UPDATE SET
                            failures = CASE WHEN t.locked_until > now() THEN t.failures
                                            WHEN t.window_started_at < now() - make_interval(mins => ?) THEN 1
                                            ELSE t.failures + 1 END,
                            window_started_at = CASE WHEN t.locked_until > now() THEN t.window_started_at
                                                     WHEN t.window_started_at < now() - make_interval(mins => ?)
                                                     THEN now() ELSE t.window_started_at END
                        RETURNING failures, locked_until > now() AS locked, locked_until""",
                (rs, n) -> new Counted(rs.getInt("failures"), rs.getBoolean("locked"),
                        rs.getTimestamp("locked_until")),
                digest, properties.lockMinutes(), properties.lockMinutes());
        if (counted.locked()) {
            throw new LoginLocked(counted.lockedUntil().toInstant());
        }
        if (counted.number() > properties.maxFailures()) {
            throw new LoginLocked(lock(digest));
        }
        return new Attempt(digest, counted.number());
    }

    /**
     * A login proven without a password check (HTTP Basic credentials verified a few minutes ago): refused while
     * the name is locked, even though the password is right, and like any success it forgets earlier failures.
     */
    void checkNotLocked(String username) {
        String digest = digest(username);
        List<Counted> rows = jdbc.query("SELECT failures, locked_until > now() AS locked, locked_until"
                        + " FROM login_throttle WHERE username_digest = ?",
                (rs, n) -> new Counted(rs.getInt("failures"), rs.getBoolean("locked"), rs.getTimestamp("locked_until")),
                digest);
        if (rows.isEmpty()) {
            return;
        }
        if (rows.get(0).locked()) {
            throw new LoginLocked(rows.get(0).lockedUntil().toInstant());
        }
        forget(digest);
    }

    /** Forgets a name's failures and lock: when an administrator sets its password. */
    public void clear(String username) {
        forget(digest(username));
    }

    private void forget(String digest) {
        jdbc.update("DELETE FROM login_throttle WHERE username_digest = ?", digest);
    }

    /** Locks the name for lock-minutes from now; answers until when. */
    private Instant lock(String digest) {
        Timestamp until = jdbc.queryForObject("""
                        UPDATE login_throttle
                           SET locked_until = now() + make_interval(mins => ?), failures = 0, window_started_at = now()
                         WHERE username_digest = ?
                        RETURNING locked_until""",
                Timestamp.class, properties.lockMinutes(), digest);
        return until.toInstant();
    }

    private static String digest(String username) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    (username == null ? "" : username.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Counted(int number, boolean locked, Timestamp lockedUntil) {
    }

    /** One counted login attempt, told how its password check ended. */
    final class Attempt {
        private final String digest;
        private final int number;

        private Attempt(String digest, int number) {
            this.digest = digest;
            this.number = number;
        }

        /** The password was right: earlier failures are forgotten. */
        void succeeded() {
            forget(digest);
        }

        /** The password was wrong: the attempt stays counted, and the last one allowed locks the name at once. */
        void failed() {
            if (number >= properties.maxFailures()) {
                lock(digest);
            }
            // Names with no recent failure and no lock in force are forgotten, so guessing at random names cannot
            // fill the table.
            jdbc.update("""
                            DELETE FROM login_throttle
                             WHERE window_started_at < now() - make_interval(mins => ?)
                               AND (locked_until IS NULL OR locked_until < now())""",
                    properties.lockMinutes());
        }
    }
}
