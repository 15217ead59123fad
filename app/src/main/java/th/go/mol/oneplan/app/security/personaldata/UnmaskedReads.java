package th.go.mol.oneplan.app.security.personaldata;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.app.security.Caller;
import th.go.mol.oneplan.app.security.access.AccessRules;

/**
 * What an endpoint that can show a person's data unmasked calls before it does: only an INSPECTOR
 * ({@link AccessRules#mayReadUnmaskedPersonalData}), only with a reason ({@link AccessReason}), and only once
 * the read is recorded ({@link PersonalDataAccessLog}). Without the reason the caller gets 400; for another role
 * 403 (the endpoint may instead answer masked data, its choice).
 */
@Component
public class UnmaskedReads {
    private final AccessRules rules;
    private final PersonalDataAccessLog log;

    public UnmaskedReads(AccessRules rules, PersonalDataAccessLog log) {
        this.rules = rules;
        this.log = log;
    }

    public PersonalDataAccess authorize(HttpServletRequest request, String subjectKind, String subjectId) {
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new AuthorizationDeniedException("not authenticated"));
        AuthorizationDecision decision = rules.mayReadUnmaskedPersonalData(caller);
        if (!decision.isGranted()) {
            throw new AuthorizationDeniedException("unmasked personal data", decision);
        }
        String reason = AccessReason.from(request.getHeader(AccessReason.HEADER));
        return log.record(caller, subjectKind, subjectId, reason, request.getMethod() + " " + request.getRequestURI());
    }
}
