package th.go.mol.oneplan.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A request's {@code Content-Type} must name one concrete media type, and JSON must be UTF-8 (RFC 8259 §8.1).
 * A wildcard ({@code *}{@code /*}, {@code application/*}) says nothing about the body, and Spring's message
 * converters cannot be asked about it (they throw, which was a 500); a JSON body in another charset would be
 * decoded as something other than what the client typed. Both are refused with 415 before anything reads the
 * body. Which concrete types an endpoint takes is still Spring's business (415 for {@code text/plain}, say).
 *
 * <p>An {@code Accept} header that is not a list of media types is a 400 naming it: Spring could neither choose
 * a type for the answer nor write the problem, and answered with an empty body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class MediaTypeCheck extends OncePerRequestFilter {
    static final String UNSUPPORTED = "urn:oneplan:problem:unsupported-media-type";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getContentType();
        if (header != null) {
            String refusal = refusal(header);
            if (refusal != null) {
                Map<String, Object> problem = ProblemWriter.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED,
                        "Unsupported content type", refusal, ProblemWriter.instance(request));
                ProblemWriter.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(), problem);
                return;
            }
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && !accept.isBlank() && !acceptable(accept)) {
            ProblemWriter.invalid(request, response, new FieldError(HttpHeaders.ACCEPT, "media-type",
                    "the Accept header is not a list of media types; send application/json"));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the Accept header is a list of media types whose quality values Spring can read. */
    static boolean acceptable(String accept) {
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                // Parsed lazily: a q that is not a number from 0 to 1 only fails when content negotiation reads it.
                type.getQualityValue();
            }
            return true;
        } catch (IllegalArgumentException e) {
            // InvalidMediaTypeException, or a quality value that is not a number from 0 to 1
            return false;
        }
    }

    /** Why the Content-Type cannot be taken, or null when it can. */
    static String refusal(String header) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            return "the Content-Type is not a media type; send application/json";
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return "the Content-Type must name one media type, not a wildcard; send application/json";
        }
        if (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json")) {
            Charset charset;
            try {
                charset = type.getCharset();
            } catch (IllegalArgumentException e) {
                return "JSON is sent in UTF-8; the charset named is unknown";
            }
            if (charset != null && !StandardCharsets.UTF_8.equals(charset)) {
                return "JSON is sent in UTF-8, not " + charset.name();
            }
        }
        return null;
    }
}
