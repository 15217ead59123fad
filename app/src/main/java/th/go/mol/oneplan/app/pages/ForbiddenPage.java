package th.go.mol.oneplan.app.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.app.security.access.Refusal;

import java.io.IOException;
import java.util.Map;

/**
 * The 403 page (ไม่มีสิทธิ์เข้าถึง): what the access rules refused, and why, in the words the API's 403 gives, and
 * nothing of the page asked for. A user who must change their password is not refused but sent to
 * {@link PasswordPage}. Rendered here, in the filter chain, so that no controller runs for a refused page.
 */
@Component
@WithPages
public class ForbiddenPage implements AccessDeniedHandler {
    private final DirectPage page;

    public ForbiddenPage(DirectPage page) {
        this.page = page;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof AuthorizationDeniedException refused
                && refused.getAuthorizationResult() instanceof Refusal refusal
                && Refusal.PASSWORD_CHANGE_REQUIRED.equals(refusal.rule())) {
            // Not a dead end: the one page this user may open, before any other (303: the next request is a GET).
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getContextPath() + PasswordPage.PATH);
            return;
        }
        String reason = denied instanceof AuthorizationDeniedException refused
                && refused.getAuthorizationResult() instanceof Refusal refusal ? refusal.detail()
                : "you may not open this page";
        page.write(request, response, HttpStatus.FORBIDDEN, "pages/forbidden", Map.of("reason", reason));
    }
}
