package th.go.mol.oneplan.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Query parameters must be text: well-formed percent escapes of valid UTF-8, with no control characters. Tomcat
 * is lenient here (a bad escape silently drops the parameter, overlong or broken UTF-8 becomes a replacement
 * character, and {@code %00} is passed on as the NUL character, which PostgreSQL refuses with an error, a 500).
 * Each bad parameter is a 400 naming it, before anything uses it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
public class QueryParameterCheck extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null) {
            FieldError error = firstError(query);
            if (error != null) {
                ProblemWriter.invalid(request, response, error);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The first parameter of the query string that is not text, or null when all are. */
    static FieldError firstError(String query) {
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name;
            try {
                name = decode(rawName);
            } catch (IllegalArgumentException e) {
                return new FieldError("query", "text", "a query parameter's name is not text: " + e.getMessage());
            }
            if (eq >= 0) {
                try {
                    decode(pair.substring(eq + 1));
                } catch (IllegalArgumentException e) {
                    return new FieldError(name, "text", "the query parameter " + name + " is not text: "
                            + e.getMessage());
                }
            }
        }
        return null;
    }

    /** Strict {@code application/x-www-form-urlencoded} decoding; throws with the reason. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("'%' must start an escape of two hexadecimal digits");
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c > 0x7f) {
                // Tomcat hands the raw query string over as ISO-8859-1: a byte above 0x7f came unescaped.
                throw new IllegalArgumentException("characters outside ASCII must be percent-encoded UTF-8");
            } else {
                bytes.write(c);
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the escapes are not valid UTF-8");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new IllegalArgumentException(String.format("control character U+%04X is not allowed",
                        (int) text.charAt(i)));
            }
        }
        return text;
    }
}
