package th.go.mol.oneplan.app.security.builtin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import th.go.mol.oneplan.app.security.Role;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Table {@code app_user}, the built-in user store. Read on every request (HTTP Basic or a login token), and never
 * cached: a disabled user or a changed role takes effect at the next request. Users are never deleted; events name
 * them as their recorders.
 *
 * <p>User names ignore letter case: every lookup compares {@code lower(username)} (unique index of Flyway V9), so
 * {@code ADMIN} finds {@code admin} and cannot be added beside it. The name as it was created is the one events
 * are recorded by.
 */
@Repository
@ConditionalOnProperty(name = "oneplan.security.mode", havingValue = "built-in", matchIfMissing = true)
public class UserAccounts {
    private static final String COLUMNS = "username, password_hash, role, province_code, subdistrict_code, "
            + "must_change_password, enabled, created_at, created_by, changed_at, changed_by";
    private static final RowMapper<UserAccount> ROW = (rs, n) -> new UserAccount(rs.getString("username"),
            rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
            (Integer) rs.getObject("province_code"), (Integer) rs.getObject("subdistrict_code"),
            rs.getBoolean("must_change_password"), rs.getBoolean("enabled"), instant(rs.getTimestamp("created_at")),
            rs.getString("created_by"), instant(rs.getTimestamp("changed_at")), rs.getString("changed_by"));

    private final JdbcTemplate jdbc;

    public UserAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.query("select " + COLUMNS + " from app_user where lower(username) = lower(?)", ROW, username)
                .stream().findFirst();
    }

    public List<UserAccount> all() {
        return jdbc.query("select " + COLUMNS + " from app_user order by username", ROW);
    }

    /** Adds a user; false if the name is taken, in any letter case. */
    public boolean create(UserAccount user) {
        try {
            return jdbc.update("insert into app_user (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, null)",
                    user.username(), user.passwordHash(), user.role().name(), user.provinceCode(),
                    user.subdistrictCode(), user.mustChangePassword(), user.enabled(), Timestamp.from(user.createdAt()),
                    user.createdBy()) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Adds the first user, only if there is no user at all. Two nodes starting together on an empty database both
     * try; one of them adds it. True for that one.
     */
    public boolean createFirst(UserAccount user) {
        return jdbc.update("insert into app_user (" + COLUMNS + ") select ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null "
                        + "where not exists (select 1 from app_user) on conflict do nothing",
                user.username(), user.passwordHash(), user.role().name(), user.provinceCode(), user.subdistrictCode(),
                user.mustChangePassword(), user.enabled(), Timestamp.from(user.createdAt()), user.createdBy()) == 1;
    }

    /** Sets a user's role, scope and whether they may log in; false if there is no such user. */
    public boolean changeAccess(String username, Role role, Integer provinceCode, Integer subdistrictCode,
                                boolean enabled, Instant at, String by) {
        return jdbc.update("update app_user set role = ?, province_code = ?, subdistrict_code = ?, enabled = ?, "
                        + "changed_at = ?, changed_by = ? where lower(username) = lower(?)", role.name(), provinceCode,
                subdistrictCode, enabled, Timestamp.from(at), by, username) == 1;
    }

    /** Replaces a user's password hash; false if there is no such user. */
    public boolean changePassword(String username, String passwordHash, boolean mustChangePassword, Instant at,
                                  String by) {
        return jdbc.update("update app_user set password_hash = ?, must_change_password = ?, changed_at = ?, "
                        + "changed_by = ? where lower(username) = lower(?)", passwordHash, mustChangePassword, Timestamp.from(at), by,
                username) == 1;
    }

    /** Enabled ministry administrators other than the given user: someone must always be left to manage users. */
    public long otherEnabledAdmins(String username) {
        Long n = jdbc.queryForObject("select count(*) from app_user where role = 'MINISTRY_ADMIN' and enabled "
                + "and lower(username) <> lower(?)", Long.class, username);
        return n == null ? 0 : n;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
