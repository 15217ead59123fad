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
import th.go.mol.oneplan.command.drive.StartDriveRequest;

import java.lang.reflect.Type;

/**
 * The one access rule a path cannot decide: which province a drive is started for is in the body
 * ({@code POST /api/drives {"provinceCode":92,...}}). The filter chain has already let only provincial officers
 * through; this checks, as soon as the body is read and before anything is sent, that the body's province is the
 * officer's own ({@link AccessRules#mayStartDriveOf}).
 *
 * <p>A body advice rather than {@code @PreAuthorize} on the controller keeps the command side free of security
 * code. A missing or out-of-range provinceCode is left to bean validation (400), and a code that names no
 * province to the command's own check (400): they are invalid input for anyone, not a question of scope.
 */
@ControllerAdvice
public class StartDriveScope extends RequestBodyAdviceAdapter {
    private final AccessRules rules;

    public StartDriveScope(AccessRules rules) {
        this.rules = rules;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == StartDriveRequest.class;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        if (body instanceof StartDriveRequest start && start.provinceCode() != null
                && start.provinceCode() >= 10 && start.provinceCode() <= 99) {
            Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication())
                    .orElseThrow(() -> new AuthorizationDeniedException("not authenticated"));
            AuthorizationDecision decision = rules.mayStartDriveOf(caller, start.provinceCode());
            if (!decision.isGranted()) {
                throw new AuthorizationDeniedException("outside scope", decision);
            }
        }
        return body;
    }
}
