package th.go.mol.oneplan.app.pages;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.app.security.Caller;
import th.go.mol.oneplan.app.security.access.AccessRules;
import th.go.mol.oneplan.app.security.access.Refusal;
import th.go.mol.oneplan.app.security.builtin.UserAccount;
import th.go.mol.oneplan.app.security.builtin.UserAccounts;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who may open which page: the same answer the API gives for the same data ({@link AccessRules}). A drive's pages
 * are read as {@code GET /api/drives/{driveId}}, so a provincial officer sees their own province's drive and no
 * other; the national board as {@code GET /api/drives}; the register's pages as the statistics of the same area.
 *
 * <p>A user who must change their password may open only the change-password page ({@link PasswordPage}), as the
 * API lets them call only {@code POST /api/me/password}; every other page sends them there.
 *
 * <p>The session remembers who logged in, not what they may do: the user's row is read again at every request,
 * so a user disabled, or given another role or province, since they logged in is held to what they are now.
 */
@Component
@WithPages
public class PageAccess implements AuthorizationManager<RequestAuthorizationContext> {
    private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);
    private static final RequestMatcher DRIVE = PathPatternRequestMatcher.withDefaults().matcher("/drives/{driveId}/**");
    private static final RequestMatcher DRIVE_ITSELF = PathPatternRequestMatcher.withDefaults().matcher("/drives/{driveId}");
    private static final RequestMatcher NATIONAL_REGISTER = PathPatternRequestMatcher.withDefaults().matcher("/register");
    private static final RequestMatcher AREA_REGISTER =
            PathPatternRequestMatcher.withDefaults().matcher("/register/{level}/{code}");
    private static final RequestMatcher OWN_PASSWORD = PathPatternRequestMatcher.withDefaults().matcher(PasswordPage.PATH);

    private final AccessRules rules;
    private final UserAccounts accounts;

    public PageAccess(AccessRules rules, UserAccounts accounts) {
        this.rules = rules;
        this.accounts = accounts;
    }

    @Override
    public AuthorizationDecision authorize(Supplier<Authentication> authentication,
                                           RequestAuthorizationContext context) {
        Optional<Caller> session = Caller.of(authentication.get());
        if (session.isEmpty() || session.get().name() == null) {
            // Anonymous: the chain sends the browser to the login page.
            return DENIED;
        }
        Optional<Caller> now = accounts.find(session.get().name()).filter(UserAccount::enabled).map(UserAccount::caller);
        if (now.isEmpty()) {
            return new Refusal(Refusal.NO_ROLE, "your account is disabled; ask the ministry");
        }
        Caller caller = now.get();
        if (OWN_PASSWORD.matches(context.getRequest())) {
            // Every user may change their own password; one who must do so may do nothing else (as in the API).
            return new AuthorizationDecision(true);
        }
        if (caller.mustChangePassword()) {
            // ForbiddenPage turns this refusal into a redirect to the change-password page.
            return new Refusal(Refusal.PASSWORD_CHANGE_REQUIRED,
                    "you must change your password first (" + PasswordPage.PATH + ")");
        }
        String driveId = driveId(context);
        if (driveId != null) {
            return rules.mayReadDrive(caller, driveId);
        }
        if (NATIONAL_REGISTER.matches(context.getRequest())) {
            return rules.mayReadStatistics(caller, null);
        }
        RequestMatcher.MatchResult area = AREA_REGISTER.matcher(context.getRequest());
        if (area.isMatch()) {
            return rules.mayReadStatistics(caller, area.getVariables().get("code"));
        }
        return rules.mayReadNational(caller);
    }

    /** Spring Security 6.5 calls {@link #authorize}; this older entry point only has to be there. */
    @Override
    @Deprecated
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return authorize(authentication, context);
    }

    private static String driveId(RequestAuthorizationContext context) {
        RequestMatcher.MatchResult match = DRIVE_ITSELF.matcher(context.getRequest());
        if (!match.isMatch()) {
            match = DRIVE.matcher(context.getRequest());
        }
        return match.isMatch() ? match.getVariables().get("driveId") : null;
    }
}
