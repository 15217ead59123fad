package th.go.mol.oneplan.app.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import th.go.mol.oneplan.app.web.ProblemResponses;

import java.util.Map;

/**
 * A page address that leads nowhere ({@code /no-such-page}, {@code /drives/92-2562/nothing}) is the pages' 404 page
 * (ไม่พบหน้านี้), in Thai and English, not the API's JSON problem.
 *
 * <p>Spring MVC answers an unmatched path by handing it to the static resources, which throw
 * {@link NoResourceFoundException}; the API's {@link ProblemResponses} (a {@code ResponseEntityExceptionHandler})
 * turns it into a 404 problem. Such a request has no controller, so only an advice for every controller sees it:
 * this one goes first, answers the pages' paths (those of {@link PagesSecurity}'s chain) with the page, and hands
 * every other path ({@code /api/**}, {@code /actuator/**}, the API's description) to {@link ProblemResponses}
 * unchanged, so the API's 404 stays exactly what it was.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@WithPages
public class UnknownPages {
    private final ProblemResponses problems;
    private final DirectPage page;

    public UnknownPages(ProblemResponses problems, DirectPage page) {
        this.problems = problems;
        this.page = page;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    public Object unknown(Exception unknown, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (PagesSecurity.NOT_PAGES.matches(request)) {
            return problems.handleException(unknown, new ServletWebRequest(request, response));
        }
        // Written directly rather than as a view: a view would take its content type from the address's extension
        // (text/css for /pages-assets/no-such.css), and this answer is always the HTML page.
        page.write(request, response, HttpStatus.NOT_FOUND, "pages/not-found", Map.of("path", request.getRequestURI()));
        return null;
    }
}
