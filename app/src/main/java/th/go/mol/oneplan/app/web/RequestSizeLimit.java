package th.go.mol.oneplan.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses request bodies above {@code oneplan.http.max-body-bytes} with 413 before anything reads them, whether
 * the client declares the length or streams the body in chunks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestSizeLimit extends OncePerRequestFilter {
    private final long defaultMaxBytes;
    /** A centre's survey upload (POST .../worker-imports) is streamed to storage, never held: it may be large. */
    private final long importMaxBytes;

    public RequestSizeLimit(@Value("${oneplan.http.max-body-bytes:262144}") long maxBytes,
                            @Value("${oneplan.import.max-body-bytes:2147483648}") long importMaxBytes) {
        this.defaultMaxBytes = maxBytes;
        this.importMaxBytes = importMaxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = "POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/worker-imports")
                ? importMaxBytes : defaultMaxBytes;
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(request, response, maxBytes);
            return;
        }
        try {
            chain.doFilter(new Capped(request, maxBytes), response);
        } catch (BodyTooLarge e) {
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(request, response, maxBytes);
            }
        }
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long maxBytes)
            throws IOException {
        ProblemWriter.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                ProblemWriter.problem(HttpStatus.PAYLOAD_TOO_LARGE, "urn:oneplan:problem:body-too-large",
                        "Request too large", "request bodies are limited to " + maxBytes + " bytes",
                        ProblemWriter.instance(request)));
    }

    /** Thrown by the capped stream; ProblemResponses answers 413 when it finds it among a failure's causes. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body too large");
        }
    }

    private static final class Capped extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > maxBytes) {
                            throw new BodyTooLarge();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = in.read(buffer, off, len);
                        if (n > 0) {
                            read += n;
                            if (read > maxBytes) {
                                throw new BodyTooLarge();
                            }
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
