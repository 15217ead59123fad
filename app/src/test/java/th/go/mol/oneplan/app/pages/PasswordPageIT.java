package th.go.mol.oneplan.app.pages;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.security.Role;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change-password page (/account/password) and the pages' 404 page, in headless Chromium and over plain HTTP,
 * on PostgreSQL: a user an administrator created with a first password is sent to the page before any other, each
 * broken rule is named on the form with a 400, a good change lets the new password in and keeps the old one out;
 * an address that leads nowhere is the 404 page. Screenshots land in target/screenshots/.
 */
class PasswordPageIT extends BrowserIT {
    private static final String FIRST_PASSWORD = "first-password-from-the-ministry";

    @Test
    void a_new_officer_is_sent_to_change_the_password_and_then_logs_in_with_the_new_one_only() {
        String officer = newUserWhoMustChangeThePassword();

        // Given an officer created with a first password, when they log in, then the change-password page comes first.
        browser.logIn(officer, FIRST_PASSWORD);
        assertThat(browser.path()).isEqualTo("/account/password");
        assertThat(browser.text("#must-change")).contains("must change your password");
        browser.get("/board?fiscalYear=2562");
        assertThat(browser.path()).as("no other page before the change").isEqualTo("/account/password");
        browser.get("/drives/92-2562/nothing");
        assertThat(browser.path()).isEqualTo("/account/password");
        browser.screenshot("password-must-change");

        // A password too short is named, in Thai with the API's English beside, and nothing is changed.
        changeInBrowser(FIRST_PASSWORD, "short", "short");
        assertThat(browser.text("#newPassword-error")).contains("ต้องยาวอย่างน้อย 12 ตัวอักษร")
                .contains("newPassword must be at least 12 characters");
        assertThat(browser.text("#password-errors")).contains("รหัสผ่านใหม่");
        assertThat(browser.find("#newPassword").getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("password-too-short");

        changeInBrowser(FIRST_PASSWORD, "my-own-long-password", "my-own-long-passwort");
        assertThat(browser.text("#repeatPassword-error")).contains("ไม่ตรงกับรหัสผ่านใหม่")
                .contains("repeatPassword must be the same as newPassword");

        changeInBrowser("not-the-first-password", "my-own-long-password", "my-own-long-password");
        assertThat(browser.text("#currentPassword-error")).contains("ไม่ตรงกับรหัสผ่านที่ใช้อยู่ตอนนี้")
                .contains("currentPassword is not your current password");
        assertThat(mustChange(officer)).as("nothing changed by a refused form").isTrue();

        // A good change: confirmed, and the session goes on to the other pages.
        changeInBrowser(FIRST_PASSWORD, "my-own-long-password", "my-own-long-password");
        assertThat(browser.path()).isEqualTo("/account/password");
        assertThat(browser.text("#password-changed")).contains("เปลี่ยนรหัสผ่านแล้ว").contains("your password is changed");
        assertThat(browser.all("#must-change")).isEmpty();
        browser.screenshot("password-changed");
        assertThat(mustChange(officer)).isFalse();
        browser.get("/register/provinces/92");
        assertThat(browser.path()).isEqualTo("/register/provinces/92");

        // The old password is refused, the new one logs in, on the pages and on the API alike.
        browser.logIn(officer, FIRST_PASSWORD);
        assertThat(browser.path()).startsWith("/login?error");
        browser.logIn(officer, "my-own-long-password");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(exchange(HttpMethod.GET, "/api/me", null, new Login(officer, FIRST_PASSWORD).basic()).status())
                .isEqualTo(401);
        assertThat(exchange(HttpMethod.GET, "/api/me", null, new Login(officer, "my-own-long-password").basic())
                .status()).isEqualTo(200);
    }

    @Test
    void every_logged_in_user_finds_the_page_in_the_header() {
        Login inspector = userWith("password.page.inspector", Role.INSPECTOR, null, null);
        browser.logIn(inspector.username(), inspector.password());
        browser.clickAndWait("#account-password");
        assertThat(browser.path()).isEqualTo("/account/password");
        assertThat(browser.all("#must-change")).isEmpty();
        assertThat(browser.find("#password-form input[name=_csrf]").getAttribute("value")).isNotBlank();

        browser.resize(Browser.PHONE);
        browser.get("/account/password");
        assertThat(browser.overflowsSideways()).as("the form and the header fit a phone's width").isFalse();
        browser.screenshotOfWindow("password-phone");
    }

    @Test
    void each_broken_rule_is_a_400_page_naming_the_field_never_a_500() {
        String officer = newUserWhoMustChangeThePassword();
        PageClient client = PageClient.following(base()).logIn(new Login(officer, FIRST_PASSWORD));
        assertThat(client.get("/").uri().getPath()).isEqualTo("/account/password");

        Map<String, String[]> wrong = Map.of(
                "newPassword must be at least 12 characters", new String[]{FIRST_PASSWORD, "short", "short"},
                "repeatPassword must be the same as newPassword",
                new String[]{FIRST_PASSWORD, "my-own-long-password", "another-long-password"},
                "currentPassword is not your current password",
                new String[]{"not-the-first-password", "my-own-long-password", "my-own-long-password"},
                "newPassword must differ from the current password",
                new String[]{FIRST_PASSWORD, FIRST_PASSWORD, FIRST_PASSWORD},
                "newPassword must not be the user name", new String[]{FIRST_PASSWORD, officer, officer},
                "newPassword is required", new String[]{FIRST_PASSWORD, "", ""});
        for (Map.Entry<String, String[]> rule : wrong.entrySet()) {
            String[] typed = rule.getValue();
            HttpResponse<String> page = post(client, typed[0], typed[1], typed[2]);
            assertThat(page.statusCode()).as(rule.getKey()).isEqualTo(400);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).as(rule.getKey()).contains(rule.getKey()).contains("เปลี่ยนรหัสผ่านไม่ได้");
        }
        assertThat(mustChange(officer)).isTrue();

        // A form posted without its CSRF token is refused and changes nothing.
        HttpResponse<String> forged = client.postForm("/account/password", "currentPassword="
                + PageClient.encode(FIRST_PASSWORD) + "&newPassword=forged-long-password"
                + "&repeatPassword=forged-long-password", null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(mustChange(officer)).isTrue();

        HttpResponse<String> done = post(client, FIRST_PASSWORD, "my-own-long-password", "my-own-long-password");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.uri().getPath()).isEqualTo("/account/password");
        assertThat(done.body()).contains("password-changed");
        assertThat(client.get("/register/provinces/92").statusCode()).as("the session goes on").isEqualTo(200);
    }

    @Test
    void an_address_that_leads_nowhere_is_the_404_page() {
        Login inspector = userWith("password.page.inspector", Role.INSPECTOR, null, null);
        browser.logIn(inspector.username(), inspector.password());

        browser.get("/drives/92-2562/nothing");

        assertThat(browser.text("#not-found")).contains("ไม่พบหน้านี้").contains("404");
        assertThat(browser.pageText()).contains("/drives/92-2562/nothing").contains("there is no page at this address");
        assertThat(browser.all("#account-password")).as("the page has the pages' header").hasSize(1);
        browser.screenshot("not-found");
    }

    private void changeInBrowser(String current, String fresh, String repeat) {
        browser.get("/account/password");
        browser.find("#currentPassword").sendKeys(current);
        browser.find("#newPassword").sendKeys(fresh);
        browser.find("#repeatPassword").sendKeys(repeat);
        browser.clickAndWait("#change-password");
    }

    /** A provincial officer of Trang as an administrator creates one: with a first password to change. */
    private String newUserWhoMustChangeThePassword() {
        String name = "pwd." + UUID.randomUUID().toString().substring(0, 8);
        Reply created = exchange(HttpMethod.POST, "/api/admin/users", json("{'username':'" + name + "','password':'"
                + FIRST_PASSWORD + "','role':'PROVINCIAL_OFFICER','provinceCode':92}"), admin().basic());
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        assertThat(created.body().get("mustChangePassword").asBoolean()).isTrue();
        return name;
    }

    private boolean mustChange(String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select must_change_password from app_user where username = ?",
                Boolean.class, username));
    }

    /** The change-password form as the page posts it, with the page's CSRF token. */
    private static HttpResponse<String> post(PageClient client, String current, String fresh, String repeat) {
        return client.postForm("/account/password", "currentPassword=" + PageClient.encode(current)
                + "&newPassword=" + PageClient.encode(fresh) + "&repeatPassword=" + PageClient.encode(repeat),
                client.csrfOf("/account/password"));
    }
}
