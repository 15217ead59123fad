package th.go.mol.oneplan.app.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login form (เข้าสู่ระบบ); Spring Security's form login checks what it posts to {@code /login}. */
@Controller
@WithPages
public class LoginPage {

    @GetMapping("/login")
    public String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                        @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("error", error != null);
        model.addAttribute("locked", locked != null);
        model.addAttribute("loggedOut", logout != null);
        return "pages/login";
    }
}
