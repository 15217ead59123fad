package th.go.mol.oneplan.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/**
 * A refusal raised once the request reached Spring MVC (the start of a drive, checked against its body by
 * {@link th.go.mol.oneplan.app.security.access.StartDriveScope}) is the same 403 problem as one from the filter
 * chain. Ordered first so that the catch-all of the general problem handler never turns it into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ForbiddenInController {
    private final SecurityProblems problems;

    public ForbiddenInController(SecurityProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.forbiddenBody(request, e));
    }
}
