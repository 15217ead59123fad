package th.go.mol.oneplan.app.pages;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person logged in on the pages is known to every node: the login lives in PostgreSQL (Spring Session JDBC,
 * {@code V26__page_sessions.sql}), not in one node's memory. So a browser that carries only the session cookie is
 * served by whichever node answers, a restart logs nobody out, and removing the row (or logging out) ends the login
 * everywhere at once. A changed password (the user's own, through the API, or an administrator's reset) ends the page
 * logins made with the old one. The API keeps no session at all.
 */
class PageSessionsIT extends LedgerIntegrationTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int pagePort;

    @Test
    void a_login_on_the_pages_is_a_row_in_the_database_that_any_client_with_its_cookie_is_served_by() throws Exception {
        // Given an inspector logged in on the pages
        Login inspector = userWith("page.sessions.inspector", Role.INSPECTOR, null, null);
        CookieManager cookies = new CookieManager();
        HttpClient browser = client(cookies);
        logIn(browser, inspector);

        // Then the login is a row of its own in the database, under the inspector's name, holding the security context
        String sessionId = cookie(cookies, "JSESSIONID");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class,
                inspector.username())).isEqualTo(1);
        assertThat(jdbc.queryForList("""
                SELECT a.attribute_name FROM spring_session s
                JOIN spring_session_attributes a ON a.session_primary_id = s.primary_id
                WHERE s.principal_name = ?""", String.class, inspector.username()))
                .contains("SPRING_SECURITY_CONTEXT");

        // When another client (another browser tab, or the same browser sent to another node) carries only that cookie
        HttpClient elsewhere = client(new CookieManager());
        HttpResponse<String> board = get(elsewhere, "/", sessionId);

        // Then it is served as the inspector, from what the database holds
        assertThat(board.statusCode()).as(board.body()).isEqualTo(200);
        assertThat(board.body()).contains(inspector.username());

        // When the row goes (an operator ends the session, or it expires)
        jdbc.update("DELETE FROM spring_session WHERE principal_name = ?", inspector.username());

        // Then that cookie is a login no more, on every node
        HttpResponse<String> after = get(elsewhere, "/", sessionId);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void logging_out_removes_the_login_from_the_database() throws Exception {
        // Given an officer logged in on the pages
        Login officer = userWith("page.sessions.officer", Role.PROVINCIAL_OFFICER, 92, null);
        CookieManager cookies = new CookieManager();
        HttpClient browser = client(cookies);
        logIn(browser, officer);
        assertThat(rowsOf(officer)).isEqualTo(1);

        // When they log out with the form's CSRF token
        HttpResponse<String> board = get(browser, "/", null);
        Matcher token = CSRF.matcher(board.body());
        assertThat(token.find()).as("the page's logout form carries a CSRF token").isTrue();
        browser.send(HttpRequest.newBuilder(uri("/logout")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());

        // Then the row is gone
        assertThat(rowsOf(officer)).isZero();
    }

    @Test
    void a_password_changed_through_the_api_ends_the_page_logins_made_with_the_old_one() throws Exception {
        // Given an officer logged in on the pages in two browsers
        Login officer = userWith("page.sessions.changer", Role.PROVINCIAL_OFFICER, 92, null);
        CookieManager office = new CookieManager();
        CookieManager phone = new CookieManager();
        logIn(client(office), officer);
        logIn(client(phone), officer);
        assertThat(rowsOf(officer)).isEqualTo(2);

        // When they change their password through the API
        Reply changed = exchange(HttpMethod.POST, "/api/me/password", json("{'currentPassword':'" + officer.password()
                + "','newPassword':'page-sessions-changer-new'}"), officer.basic());
        assertThat(changed.status()).as("%s", changed.body()).isEqualTo(204);

        // Then neither page login outlives the old password
        assertThat(rowsOf(officer)).isZero();
        HttpResponse<String> board = get(client(new CookieManager()), "/", cookie(phone, "JSESSIONID"));
        assertThat(board.statusCode()).isEqualTo(302);
        assertThat(board.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void an_administrators_reset_ends_the_users_page_logins() throws Exception {
        // Given an inspector logged in on the pages
        Login inspector = userWith("page.sessions.forgetful", Role.INSPECTOR, null, null);
        logIn(client(new CookieManager()), inspector);
        assertThat(rowsOf(inspector)).isEqualTo(1);

        // When the administrator sets a new password for them
        Reply reset = exchange(HttpMethod.POST, "/api/admin/users/" + inspector.username() + "/password",
                json("{'password':'page-sessions-reset-password'}"), admin().basic());
        assertThat(reset.status()).as("%s", reset.body()).isEqualTo(204);

        // Then their page login is over
        assertThat(rowsOf(inspector)).isZero();
    }

    @Test
    void the_api_keeps_no_session() {
        // Given the number of page logins kept
        int before = jdbc.queryForObject("SELECT count(*) FROM spring_session", Integer.class);

        // When the API is called with credentials, as every API client does
        assertThat(getStatus("/api/drives?fiscalYear=2562")).isEqualTo(200);

        // Then no session was written for it
        assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_session", Integer.class)).isEqualTo(before);
    }

    private int rowsOf(Login login) {
        return jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class,
                login.username());
    }

    private static HttpClient client(CookieManager cookies) {
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private void logIn(HttpClient browser, Login login) throws Exception {
        Matcher token = CSRF.matcher(get(browser, "/login", null).body());
        assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
        String form = "username=" + encode(login.username()) + "&password=" + encode(login.password())
                + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).as("logged in as %s", login.username())
                .doesNotContain("/login");
    }

    private HttpResponse<String> get(HttpClient client, String address, String sessionId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(address)).GET();
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(CookieManager cookies, String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie: " + cookies.getCookieStore().getCookies()));
    }

    private URI uri(String address) {
        return URI.create("http://127.0.0.1:" + pagePort + address);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
