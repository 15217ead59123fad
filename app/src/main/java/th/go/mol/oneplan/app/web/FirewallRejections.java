package th.go.mol.oneplan.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers what Spring Security's request firewall refuses ({@code //}, {@code ../}, {@code ;x=y}, encoded
 * slashes, methods other than the usual ones) with a problem, written here because the error page dispatch
 * that would otherwise render it is refused by the same firewall (which left TRACE and unknown methods with an
 * empty 400). A method the firewall does not take is 405 with {@code Allow}; a header it refuses (checked when
 * the header is first read, which may be deep inside Spring MVC: {@link ProblemResponses} hands those here too) is
 * 400 naming the header; anything else is 400.
 */
@Component
public class FirewallRejections implements RequestRejectedHandler {
    static final String REJECTED = "urn:oneplan:problem:request-rejected";
    static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    /** How the firewall names a header it refuses (it checks header names and values as they are read). */
    private static final Pattern HEADER = Pattern.compile("header(?: name)?:? \"([^\"]{1,100})\"");
    /** The methods of StrictHttpFirewall's default list. */
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        Matcher header = HEADER.matcher(String.valueOf(rejected.getMessage()));
        if (header.find()) {
            String name = header.group(1).strip();
            ProblemWriter.invalid(request, response, new FieldError(name, "header-value", "the header " + name
                    + " holds characters that are not allowed (control characters, or text that is not ISO-8859-1)"));
            return;
        }
        HttpStatus status;
        String detail;
        if (!METHODS.contains(request.getMethod())) {
            status = HttpStatus.METHOD_NOT_ALLOWED;
            detail = "this service does not take the method " + printable(request.getMethod());
            response.setHeader("Allow", ALLOW);
        } else {
            status = HttpStatus.BAD_REQUEST;
            detail = "the request's path is not one this service takes (no empty segments, '..', ';' parameters, "
                    + "encoded slashes, backslashes or control characters)";
        }
        // On an error dispatch (Tomcat's own 405 for TRACE, say) the path the client asked for is the original one.
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = original instanceof String uri ? ProblemWriter.instance(uri) : ProblemWriter.instance(request);
        Map<String, Object> problem = ProblemWriter.problem(status, REJECTED, "Request rejected", detail, instance);
        ProblemWriter.write(request, response, status.value(), problem);
    }

    private static String printable(String method) {
        return method != null && method.length() <= 20 && method.chars().allMatch(c -> c > 0x20 && c < 0x7f)
                ? method : "sent";
    }
}
