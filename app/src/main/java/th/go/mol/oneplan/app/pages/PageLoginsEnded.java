package th.go.mol.oneplan.app.pages;

import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import th.go.mol.oneplan.app.security.PasswordChanged;

import java.util.Optional;

/**
 * A changed password ends the page logins made with the old one, on every node: their rows go from the session
 * store. The login the change was made from (the pages' form) stays, since whoever sent it has just proved the
 * current password; the API's change and an administrator's reset have no page login of their own, so every one of
 * the user's goes. Only once the change is committed: a refused change ends nothing.
 *
 * <p>Not {@link WithPages}: a command node serves {@code POST /api/me/password} without serving pages, and the logins
 * it must end are in the shared store all the same. The jobs without a web server (import, rebuild, summary) have no
 * session store and change no password.
 */
@Component
@ConditionalOnProperty(name = "oneplan.security.mode", havingValue = "built-in", matchIfMissing = true)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PageLoginsEnded {
    private static final Logger log = LoggerFactory.getLogger(PageLoginsEnded.class);

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    public PageLoginsEnded(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(PasswordChanged changed) {
        Optional<String> kept = currentSessionId();
        int ended = 0;
        for (String id : sessions.findByPrincipalName(changed.username()).keySet()) {
            if (kept.filter(id::equals).isEmpty()) {
                sessions.deleteById(id);
                ended++;
            }
        }
        if (ended > 0) {
            log.info("Password of {} changed: {} page login(s) made with the old one ended", changed.username(), ended);
        }
    }

    private static Optional<String> currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return Optional.ofNullable(request.getRequest().getSession(false)).map(HttpSession::getId);
        }
        return Optional.empty();
    }
}
