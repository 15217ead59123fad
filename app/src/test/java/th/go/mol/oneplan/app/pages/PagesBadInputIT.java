package th.go.mol.oneplan.app.pages;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses a person may type or edit by hand in the pages' address bar: each wrong one is a 400 or 404 page naming
 * what is wrong, never a 500. The pages' own access check reads the address before any controller does
 * ({@link PageAccess}), so a malformed area code must get past it as a plain "no such area" (it once answered 500
 * for {@code /register/provinces/1}). Plain HTTP with a form login, no browser: it is the server's answer that counts.
 */
class PagesBadInputIT extends LedgerIntegrationTest {
    @LocalServerPort
    int pagePort;

    @Test
    void addresses_typed_wrong_answer_a_4xx_page_never_a_500() {
        PageClient inspector = loggedIn("pages.bad.input.inspector", Role.INSPECTOR, null);
        List<String> wrong = List.of(
                "/board?fiscalYear=abc", "/board?fiscalYear=2562&level=9", "/board?fiscalYear=2562&sort=nothing",
                "/board?fiscalYear=2562&region=nowhere", "/drives/xx", "/drives/92-9999", "/drives/92-2599",
                "/drives/92-2562?asOf=yesterday", "/drives/92-2562?recordedAsOf=2019-13-45",
                "/drives/92-2562?auditPage=-1", "/drives/92-2562?auditFrom=notadate",
                "/drives/xx/one-goal-summary.pdf",
                "/register/provinces/1", "/register/provinces/123", "/register/provinces/999",
                "/register/districts/9", "/register/subdistricts/92", "/register/nowhere/1",
                "/register/provinces/abc");
        for (String address : wrong) {
            HttpResponse<String> page = inspector.get(address);
            assertThat(page.statusCode()).as("%s: %s", address, page.body()).isBetween(400, 499);
        }
    }

    @Test
    void an_officer_typing_another_provinces_register_by_a_short_code_gets_no_500() {
        PageClient officer = loggedIn("pages.bad.input.officer", Role.PROVINCIAL_OFFICER, 92);

        assertThat(officer.get("/register/provinces/92").statusCode()).isEqualTo(200);
        for (String address : List.of("/register/provinces/9", "/register/districts/92", "/register/provinces/91")) {
            assertThat(officer.get(address).statusCode()).as(address).isBetween(400, 499);
        }
    }

    @Test
    void an_address_that_leads_nowhere_is_the_pages_404_page_while_the_api_keeps_its_json_404() {
        PageClient inspector = loggedIn("pages.bad.input.inspector", Role.INSPECTOR, null);
        for (String address : List.of("/no-such-page", "/drives/92-2562/nothing", "/register/provinces/92/more",
                "/board/extra", "/pages-assets/no-such.css")) {
            HttpResponse<String> page = inspector.get(address);
            assertThat(page.statusCode()).as(address).isEqualTo(404);
            assertThat(page.headers().firstValue("Content-Type")).as(address)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).as(address).contains("ไม่พบหน้านี้").contains("Page not found")
                    .contains("id=\"not-found\"");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as("the pages' headers")
                    .hasValueSatisfying(csp -> assertThat(csp).contains("style-src 'self'"));
        }

        // The API's unknown paths stay the API's: a JSON problem, with the pages' session or with the API's login.
        Login reader = userWith("pages.bad.input.inspector", Role.INSPECTOR, null, null);
        HttpResponse<String> api = inspector.get("/api/nothing", "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((reader.username() + ":" + reader.password()).getBytes(StandardCharsets.UTF_8)));
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"status\":404").doesNotContain("<html");
    }

    /** A browser-like client, logged in through the form as a user of this role and scope. */
    private PageClient loggedIn(String username, Role role, Integer provinceCode) {
        return PageClient.following("http://127.0.0.1:" + pagePort).logIn(userWith(username, role, provinceCode, null));
    }
}
