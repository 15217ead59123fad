package th.go.mol.oneplan.app.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.go.mol.oneplan.app.security.Caller;
import th.go.mol.oneplan.app.security.InvalidFields;
import th.go.mol.oneplan.app.security.builtin.PasswordPolicy;
import th.go.mol.oneplan.app.security.builtin.UserAccount;
import th.go.mol.oneplan.app.security.builtin.UserAccounts;
import th.go.mol.oneplan.app.security.me.PasswordChange;
import th.go.mol.oneplan.app.web.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * Change your password (เปลี่ยนรหัสผ่าน): the pages' form for what {@code POST /api/me/password} does, through the
 * same {@link PasswordChange}, so the rules and their field names are the API's. A user who must change their
 * password is sent here before any other page ({@link PageAccess}, {@link ForbiddenPage}).
 *
 * <p>The form adds one check of its own, that the new password was typed the same twice: the API has no second
 * field. After a change the session goes on (the person has just proved the current password), under a new session
 * id, so a copy of the old session cookie is of no use any more.
 */
@Controller
@WithPages
public class PasswordPage {
    static final String PATH = "/account/password";
    static final String REPEAT = "repeatPassword";

    private final PasswordChange passwords;
    private final UserAccounts accounts;

    public PasswordPage(PasswordChange passwords, UserAccounts accounts) {
        this.passwords = passwords;
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    public String form(Authentication authentication, Model model) {
        return form(model, caller(authentication), List.of());
    }

    @PostMapping(PATH)
    public String change(@RequestParam(name = PasswordChange.CURRENT, required = false) String currentPassword,
                         @RequestParam(name = PasswordChange.NEW, required = false) String newPassword,
                         @RequestParam(name = REPEAT, required = false) String repeatPassword,
                         Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                         Model model, RedirectAttributes redirect) {
        String username = caller(authentication);
        try {
            if (newPassword == null || !newPassword.equals(repeatPassword)) {
                // Not changed: say every rule at once, the API's and the form's own.
                List<FieldError> errors = new ArrayList<>(passwords.problems(username, currentPassword, newPassword));
                errors.add(new FieldError(REPEAT, "repeat-mismatch", REPEAT + " must be the same as " + PasswordChange.NEW));
                throw new InvalidFields(errors);
            }
            passwords.change(username, currentPassword, newPassword);
        } catch (InvalidFields invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, username, invalid.errors());
        }
        request.changeSessionId();
        redirect.addFlashAttribute("changed", true);
        return "redirect:" + PATH;
    }

    private String form(Model model, String username, List<FieldError> errors) {
        model.addAttribute("mustChange", accounts.find(username).map(UserAccount::mustChangePassword).orElse(false));
        model.addAttribute("errors", errors.stream().map(PasswordRuleText::of).toList());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "pages/password";
    }

    private static String caller(Authentication authentication) {
        // PageAccess lets only a logged-in, enabled user reach this page.
        return Caller.of(authentication).orElseThrow().name();
    }
}
