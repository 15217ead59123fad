package th.go.mol.oneplan.app.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's own error answers as problems. Some requests never reach the application: a path with a bad
 * {@code %} escape or an encoded NUL, a malformed request line. Tomcat refuses them itself, and its default
 * valve wrote an HTML page; this one writes the same problem body (and security headers) every other layer does.
 * Installed on the host by {@link TomcatProblemPages}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        if (status == HttpStatus.NOT_IMPLEMENTED.value()) {
            // Tomcat's answer to a method it does not implement at all (CONNECT): to a client it is the same as
            // any other method this service does not take, and no input a client sends is a server error.
            status = HttpStatus.METHOD_NOT_ALLOWED.value();
            response.setStatus(status);
            response.setHeader("Allow", FirewallRejections.ALLOW);
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        String detail = status >= 500 ? "the request could not be completed; nothing was recorded by it"
                : "the request could not be read: its request line, path or headers are malformed";
        Map<String, Object> problem = ProblemWriter.problem(known == null ? HttpStatus.BAD_REQUEST : known,
                "about:blank", title, detail, ProblemWriter.instance(request));
        problem.put("status", status);
        try {
            response.resetBuffer();
            ProblemWriter.write(request, response, status, problem);
        } catch (IOException | IllegalStateException e) {
            // The client has gone, or the response can no longer be written: nothing more to tell anyone.
        }
    }
}
