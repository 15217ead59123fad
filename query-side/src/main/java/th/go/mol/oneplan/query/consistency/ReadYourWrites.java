package th.go.mol.oneplan.query.consistency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import th.go.mol.oneplan.query.QueryParameters;

import java.time.Duration;

/**
 * Read your own writes: a command's answer names the event position of what it recorded ({@code Event-Position});
 * a query of the query API given that position as {@code minPosition} answers only once every read model includes
 * it, waiting up to {@code oneplan.read-your-writes.max-wait} (default 5 s), and otherwise answers 503
 * {@link NotYetVisible} with {@code Retry-After}, never an answer that silently leaves the write out.
 */
@Component
@Profile("!command")
public class ReadYourWrites implements HandlerInterceptor, WebMvcConfigurer {
    /** The query parameter every GET of the query API takes. */
    public static final String MIN_POSITION = "minPosition";
    private static final String QUERY_API = "th.go.mol.oneplan.query.";
    private static final long POLL_MILLIS = 20;

    private final ProjectionPositions positions;
    private final Duration maxWait;

    public ReadYourWrites(ProjectionPositions positions,
                          @Value("${oneplan.read-your-writes.max-wait:5s}") Duration maxWait) {
        this.positions = positions;
        this.maxWait = maxWait;
    }

    /** Whether the handler is a query of the query API, and so takes {@value #MIN_POSITION}. */
    public static boolean takesMinPosition(HandlerMethod handler, String httpMethod) {
        return "GET".equals(httpMethod) && handler.getBeanType().getName().startsWith(QUERY_API);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        if (!(handler instanceof HandlerMethod method) || !takesMinPosition(method, request.getMethod())) {
            return true;
        }
        Long position = QueryParameters.position(request.getParameter(MIN_POSITION), MIN_POSITION);
        if (position != null) {
            awaitIncluded(position);
        }
        return true;
    }

    /** Returns once every read model includes the position; throws {@link NotYetVisible} after the wait allowed. */
    public void awaitIncluded(long position) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + maxWait.toNanos();
        while (!positions.allInclude(position)) {
            if (System.nanoTime() >= deadline) {
                throw new NotYetVisible(position, Duration.ofNanos(System.nanoTime() - started));
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
