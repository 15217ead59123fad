package th.go.mol.oneplan.app.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** {@link InvalidFields} as the same 400 problem every other invalid input gets (see ProblemResponses). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class InvalidFieldsAdvice {
    static final String INVALID_INPUT = "urn:oneplan:problem:invalid-input";

    @ExceptionHandler(InvalidFields.class)
    public ProblemDetail invalid(InvalidFields e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create(INVALID_INPUT));
        problem.setTitle("Invalid input");
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
