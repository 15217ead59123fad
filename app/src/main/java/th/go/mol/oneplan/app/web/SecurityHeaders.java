package th.go.mol.oneplan.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

import java.util.List;

/**
 * The security headers of every answer, whichever layer gives it: a controller, the access rules, the request
 * firewall, the body-size limit or Tomcat itself. They are Spring Security's own header writers, kept in one list
 * so that an error written before (or outside) the security filter chain carries exactly the same headers.
 *
 * <p>The content security policy allows only this service's own scripts, styles and images (the OpenAPI UI is
 * served from here; inline styles are what its renderer uses), never a frame around our pages, plugins or a
 * changed base URL. No referrer leaves: drive ids and user names in our URLs are nobody else's business.
 */
public final class SecurityHeaders {
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    private static final List<HeaderWriter> WRITERS = List.of(
            // Spring Security's defaults (HSTS only on HTTPS requests) ...
            new XContentTypeOptionsHeaderWriter(),
            new XXssProtectionHeaderWriter(),
            new HstsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
            new CacheControlHeadersWriter(),
            // ... and ours.
            new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
            new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));

    private SecurityHeaders() {
    }

    /** Spring Security's writers, for the filter chain's {@code headers} configuration. */
    public static List<HeaderWriter> writers() {
        return WRITERS;
    }

    /** Writes the headers on a response (each writer leaves a header it finds already set alone). */
    public static void write(HttpServletRequest request, HttpServletResponse response) {
        for (HeaderWriter writer : WRITERS) {
            writer.writeHeaders(request, response);
        }
    }
}
