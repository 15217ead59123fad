package th.go.mol.oneplan.app.pages;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person logged in on the pages is known to every node: the login lives in PostgreSQL (Spring Session JDBC,
 * {@code V26__page_sessions.sql}), not in one node's memory. So a browser that carries only the session cookie is
 * served by whichever node answers, a restart logs nobody out, and removing the row (or logging out) ends the login
 * everywhere at once. A changed password (the user's own, through the API, or an administrator's reset) ends the page
 * logins made with the old one. The API keeps no session at all.
 */
class PageSessionsIT extends LedgerIntegrationTest {

    @LocalServerPort
    int pagePort;

    @Test
    void a_login_on_the_pages_is_a_row_in_the_database_that_any_client_with_its_cookie_is_served_by() {
        // Given an inspector logged in on the pages
        Login inspector = userWith("page.sessions.inspector", Role.INSPECTOR, null, null);
        PageClient browser = PageClient.notFollowing(base()).logIn(inspector);

        // Then the login is a row of its own in the database, under the inspector's name, holding the security context
        String sessionId = browser.cookie(PageClient.SESSION_COOKIE).orElseThrow();
        assertThat(rowsOf(inspector)).isEqualTo(1);
        assertThat(jdbc.queryForList("""
                SELECT a.attribute_name FROM spring_session s
                JOIN spring_session_attributes a ON a.session_primary_id = s.primary_id
                WHERE s.principal_name = ?""", String.class, inspector.username()))
                .contains("SPRING_SECURITY_CONTEXT");

        // When another client (another tab, or the same browser sent to another node) carries only that cookie
        PageClient elsewhere = PageClient.notFollowing(base()).withSession(sessionId);
        HttpResponse<String> board = elsewhere.get("/");

        // Then it is served as the inspector, from what the database holds
        assertThat(board.statusCode()).as(board.body()).isEqualTo(200);
        assertThat(board.body()).contains(inspector.username());

        // When the row goes (an operator ends the session, or it expires)
        jdbc.update("DELETE FROM spring_session WHERE principal_name = ?", inspector.username());

        // Then that cookie is a login no more, on every node
        assertSentToLogin(elsewhere.get("/"));
    }

    @Test
    void logging_out_removes_the_login_from_the_database() {
        // Given an officer logged in on the pages
        Login officer = userWith("page.sessions.officer", Role.PROVINCIAL_OFFICER, 92, null);
        PageClient browser = PageClient.notFollowing(base()).logIn(officer);
        assertThat(rowsOf(officer)).isEqualTo(1);

        // When they log out with the page's form and its CSRF token
        browser.postForm("/logout", "", browser.csrfOf("/"));

        // Then the row is gone
        assertThat(rowsOf(officer)).isZero();
    }

    @Test
    void a_password_changed_through_the_api_ends_the_page_logins_made_with_the_old_one() {
        // Given an officer logged in on the pages in two browsers
        Login officer = userWith("page.sessions.changer", Role.PROVINCIAL_OFFICER, 92, null);
        PageClient.notFollowing(base()).logIn(officer);
        PageClient phone = PageClient.notFollowing(base()).logIn(officer);
        assertThat(rowsOf(officer)).isEqualTo(2);

        // When they change their password through the API
        Reply changed = exchange(HttpMethod.POST, "/api/me/password", json("{'currentPassword':'" + officer.password()
                + "','newPassword':'page-sessions-changer-new'}"), officer.basic());
        assertThat(changed.status()).as("%s", changed.body()).isEqualTo(204);

        // Then neither page login outlives the old password
        assertThat(rowsOf(officer)).isZero();
        assertSentToLogin(phone.get("/"));
    }

    @Test
    void an_administrators_reset_ends_the_users_page_logins() {
        // Given an inspector logged in on the pages
        Login inspector = userWith("page.sessions.forgetful", Role.INSPECTOR, null, null);
        PageClient.notFollowing(base()).logIn(inspector);
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

    private static void assertSentToLogin(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");
    }

    private String base() {
        return "http://127.0.0.1:" + pagePort;
    }
}
