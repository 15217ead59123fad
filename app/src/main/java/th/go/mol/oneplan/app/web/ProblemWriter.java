package th.go.mol.oneplan.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an RFC 9457 problem straight onto a servlet response, for the layers that answer before any controller
 * (and so before {@link ProblemResponses}) runs: request filters, the firewall, Tomcat's error pages. The shape
 * is the one the controllers' problems have: {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance}, and {@code errors} naming the field and rule for a 400. The security headers are written too.
 */
public final class ProblemWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemWriter() {
    }

    /** A 400 naming the field and the rule it broke. */
    public static void invalid(HttpServletRequest request, HttpServletResponse response, FieldError error)
            throws IOException {
        Map<String, Object> problem = problem(HttpStatus.BAD_REQUEST, ProblemResponses.INVALID_INPUT, "Invalid input",
                error.message(), instance(request));
        problem.put("errors", List.of(error));
        write(request, response, HttpStatus.BAD_REQUEST.value(), problem);
    }

    /** The problem body every layer uses. */
    public static Map<String, Object> problem(HttpStatus status, String type, String title, String detail,
                                              String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem;
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status,
                             Map<String, Object> problem) throws IOException {
        response.setStatus(status);
        if (request != null) {
            SecurityHeaders.write(request, response);
        }
        // JSON is UTF-8 by definition (RFC 8259): no charset parameter, as Spring's own problem answers; the bytes
        // go out as they are (a Writer would make Tomcat declare and use ISO-8859-1).
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        byte[] body = JSON.writeValueAsBytes(problem);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /**
     * The request's path, as the instance of the problem; only when it is plain printable ASCII (a path refused
     * for its characters is not echoed back).
     */
    public static String instance(HttpServletRequest request) {
        return instance(request == null ? null : request.getRequestURI());
    }

    /** A path as the instance of a problem, or null when it is not plain printable ASCII. */
    public static String instance(String uri) {
        if (uri == null || uri.length() > 2000) {
            return null;
        }
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return null;
            }
        }
        return uri;
    }
}
