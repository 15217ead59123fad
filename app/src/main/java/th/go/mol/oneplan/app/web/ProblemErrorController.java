package th.go.mol.oneplan.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;
import java.util.Map;

/**
 * Renders what reaches the servlet container's error page ({@code /error}) as a problem, in place of Spring
 * Boot's {@code {timestamp, status, error, path}}: a {@code sendError} from a filter or from Tomcat, say. Asked
 * for directly, {@code /error} is a path like any other that does not exist: 404 (Spring Boot's page answered
 * 500 with status 999).
 */
@Controller
@Hidden
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = uri instanceof String u ? u : ProblemWriter.instance(request);
        if (status == null || status.value() < 400) {
            status = HttpStatus.NOT_FOUND;
        }
        Map<String, Object> problem = ProblemWriter.problem(status, "about:blank", status.getReasonPhrase(),
                detail(status), ProblemWriter.instance(instance));
        ProblemWriter.write(request, response, status.value(), problem);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "there is nothing at this path; the API is under /api (see /v3/api-docs)";
            case METHOD_NOT_ALLOWED -> "this path does not take that method";
            case PAYLOAD_TOO_LARGE -> "the request is too large";
            default -> status.is5xxServerError()
                    ? "the request could not be completed; nothing was recorded by it"
                    : "the request could not be understood";
        };
    }
}
