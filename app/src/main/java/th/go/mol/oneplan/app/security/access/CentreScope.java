package th.go.mol.oneplan.app.security.access;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import th.go.mol.oneplan.app.security.Caller;
import th.go.mol.oneplan.command.centre.DeclarePilotProgrammeRequest;
import th.go.mol.oneplan.command.centre.EstablishTambonCentreRequest;

import java.lang.reflect.Type;

/**
 * The province of a pilot programme being declared ({@code provinceCode}) or of a tambon centre being established
 * (the first two digits of {@code subdistrictCode}) is in the body, not the path: as {@link StartDriveScope} does
 * for drives, this checks it against the caller's scope as soon as the body is read, before anything is sent
 * ({@link AccessRules#mayDeclareProgrammeOf}, {@link AccessRules#mayEstablishCentreIn}). Missing or out-of-range
 * codes are left to bean validation (400): invalid input for anyone, not a question of scope.
 */
@ControllerAdvice
public class CentreScope extends RequestBodyAdviceAdapter {
    private final AccessRules rules;

    public CentreScope(AccessRules rules) {
        this.rules = rules;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == DeclarePilotProgrammeRequest.class || targetType == EstablishTambonCentreRequest.class;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        AuthorizationDecision decision = null;
        if (body instanceof DeclarePilotProgrammeRequest declare && declare.provinceCode() != null
                && declare.provinceCode() >= 10 && declare.provinceCode() <= 99) {
            decision = rules.mayDeclareProgrammeOf(caller(), declare.provinceCode());
        } else if (body instanceof EstablishTambonCentreRequest establish && establish.subdistrictCode() != null
                && establish.subdistrictCode() >= 100_000 && establish.subdistrictCode() <= 999_999) {
            decision = rules.mayEstablishCentreIn(caller(), establish.subdistrictCode());
        }
        if (decision != null && !decision.isGranted()) {
            throw new AuthorizationDeniedException("outside scope", decision);
        }
        return body;
    }

    private static Caller caller() {
        return Caller.of(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new AuthorizationDeniedException("not authenticated"));
    }
}
