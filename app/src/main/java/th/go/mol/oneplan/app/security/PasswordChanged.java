package th.go.mol.oneplan.app.security;

/**
 * A built-in user's password was changed, by themselves ({@code POST /api/me/password}, the pages' form) or reset by
 * an administrator. Whatever proved the old password (a page login kept in the database) must not outlive it; the
 * pages end such logins when they hear of it ({@code pages.PageLoginsEnded}).
 *
 * @param username whose password it is
 */
public record PasswordChanged(String username) {
}
