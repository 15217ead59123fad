package th.go.mol.oneplan.app.security.access;

import org.springframework.security.authorization.AuthorizationDecision;

/**
 * A "no" from the access rules that says why, so the 403 problem can name the rule and give a sentence the
 * caller can act on. It never says more about the thing asked for than the request itself did.
 *
 * @param rule   {@code outside-scope}, {@code role-not-allowed}, {@code no-role} or {@code password-change-required}
 * @param detail for the caller: what their scope is and why this request is outside it
 */
public final class Refusal extends AuthorizationDecision {
    public static final String OUTSIDE_SCOPE = "outside-scope";
    public static final String ROLE_NOT_ALLOWED = "role-not-allowed";
    public static final String NO_ROLE = "no-role";
    public static final String PASSWORD_CHANGE_REQUIRED = "password-change-required";

    private final String rule;
    private final String detail;

    public Refusal(String rule, String detail) {
        super(false);
        this.rule = rule;
        this.detail = detail;
    }

    public String rule() {
        return rule;
    }

    public String detail() {
        return detail;
    }

    @Override
    public String toString() {
        return "Refusal[" + rule + ": " + detail + "]";
    }
}
