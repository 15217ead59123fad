package th.go.mol.oneplan.app.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a page straight into the response, for the answers that are not a controller's view: the 403 page, decided
 * in the filter chain before any controller runs ({@link ForbiddenPage}), and the 404 page, which is always HTML
 * whatever the address's extension ({@link UnknownPages}; a view would answer {@code /pages-assets/x.css} as
 * {@code text/css}). The layout gets what {@link PagesModel} gives every view: the formatter and who is logged in.
 */
@Component
@WithPages
public class DirectPage {
    private final ITemplateEngine templates;
    private final PageText text;

    public DirectPage(ITemplateEngine templates, PageText text) {
        this.templates = templates;
        this.text = text;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String template,
                      Map<String, Object> variables) throws IOException {
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), Locale.ROOT);
        context.setVariables(variables);
        context.setVariable("fmt", text);
        context.setVariable("user", request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName());
        response.setStatus(status.value());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.process(template, context));
    }
}
