package th.go.mol.oneplan.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.app.security.access.Refusal;
import th.go.mol.oneplan.app.web.ProblemWriter;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The RFC 9457 problems of access control, written straight to the response because the filter chain answers
 * before any controller (and its advice) runs:
 * <ul>
 * <li>401 {@code urn:oneplan:problem:unauthenticated}: no credentials, or credentials that were not accepted.
 * It never says which part was wrong, so it cannot be used to find out which user names exist.</li>
 * <li>429 {@code urn:oneplan:problem:too-many-failed-logins}: too many failed logins for the user name sent;
 * {@code Retry-After} says when it may try again. Said alike for names that exist and names that do not.</li>
 * <li>403 {@code urn:oneplan:problem:forbidden}: authenticated, but outside the caller's scope; {@code rule} names
 * the rule and {@code detail} says what the caller's scope is. Nothing was changed.</li>
 * </ul>
 */
@Component
public class SecurityProblems {
    public static final String UNAUTHENTICATED = "urn:oneplan:problem:unauthenticated";
    public static final String FORBIDDEN = "urn:oneplan:problem:forbidden";
    public static final String TOO_MANY_FAILED_LOGINS = "urn:oneplan:problem:too-many-failed-logins";

    public void unauthenticated(HttpServletRequest request, HttpServletResponse response, boolean credentialsSent,
                                String challenge) throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        write(request, response, problem(HttpServletResponse.SC_UNAUTHORIZED, UNAUTHENTICATED,
                "Authentication required", credentialsSent ? "the credentials sent were not accepted"
                        : "this request needs credentials (see docs/security.md)", request, null));
    }

    public void loginLocked(HttpServletRequest request, HttpServletResponse response, LoginLocked locked)
            throws IOException {
        long seconds = Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds() + 1);
        response.setHeader("Retry-After", String.valueOf(seconds));
        write(request, response, problem(429, TOO_MANY_FAILED_LOGINS, "Too many failed logins",
                "too many failed logins for this user name; try again after " + locked.until()
                        + " or ask a ministry administrator to set a new password", request, null));
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, forbiddenBody(request, denied));
    }

    /** The body of a 403 for a refusal (from the access rules) or any other denial. */
    public Map<String, Object> forbiddenBody(HttpServletRequest request, AccessDeniedException denied) {
        String rule = Refusal.OUTSIDE_SCOPE;
        String detail = "this request is outside your scope";
        if (denied instanceof AuthorizationDeniedException d && d.getAuthorizationResult() instanceof Refusal refusal) {
            rule = refusal.rule();
            detail = refusal.detail();
        }
        return problem(HttpServletResponse.SC_FORBIDDEN, FORBIDDEN, "Forbidden", detail, request, rule);
    }

    private static Map<String, Object> problem(int status, String type, String title, String detail,
                                               HttpServletRequest request, String rule) {
        Map<String, Object> problem = ProblemWriter.problem(HttpStatus.valueOf(status), type, title, detail,
                ProblemWriter.instance(request));
        if (rule != null) {
            problem.put("rule", rule);
        }
        return problem;
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, Map<String, Object> problem)
            throws IOException {
        ProblemWriter.write(request, response, (Integer) problem.get("status"), problem);
    }
}
