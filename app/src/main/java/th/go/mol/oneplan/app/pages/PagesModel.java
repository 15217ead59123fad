package th.go.mol.oneplan.app.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import th.go.mol.oneplan.app.security.Caller;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.NotFound;

/**
 * What every page's layout needs (who is logged in, the formatter), and the pages' answers to bad input and unknown
 * drives: a page saying which field and why (400) or what was not found (404), not the API's JSON problem.
 */
@ControllerAdvice(basePackageClasses = PagesModel.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@WithPages
public class PagesModel {
    private final PageText text;

    public PagesModel(PageText text) {
        this.text = text;
    }

    @ModelAttribute("fmt")
    public PageText fmt() {
        return text;
    }

    @ModelAttribute("user")
    public String user(Authentication authentication) {
        return Caller.of(authentication).map(Caller::name).orElse(null);
    }

    @ExceptionHandler(InvalidValue.class)
    public String invalid(InvalidValue invalid, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("title", "คำขอไม่ถูกต้อง (Bad request)");
        model.addAttribute("reason", invalid.field() + ": " + invalid.getMessage());
        return "pages/problem";
    }

    @ExceptionHandler(NotFound.class)
    public String notFound(NotFound notFound, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("title", "ไม่พบข้อมูล (Not found)");
        model.addAttribute("reason", notFound.getMessage());
        return "pages/problem";
    }
}
