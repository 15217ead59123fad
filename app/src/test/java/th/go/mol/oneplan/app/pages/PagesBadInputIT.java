package th.go.mol.oneplan.app.pages;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses a person may type or edit by hand in the pages' address bar: each wrong one is a 400 or 404 page naming
 * what is wrong, never a 500. The pages' own access check reads the address before any controller does
 * ({@link PageAccess}), so a malformed area code must get past it as a plain "no such area" (it once answered 500
 * for {@code /register/provinces/1}). Plain HTTP with a form login, no browser: it is the server's answer that counts.
 */
class PagesBadInputIT extends LedgerIntegrationTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int pagePort;

    @Test
    void addresses_typed_wrong_answer_a_4xx_page_never_a_500() throws Exception {
        HttpClient inspector = loggedIn("pages.bad.input.inspector", Role.INSPECTOR, null);
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
            HttpResponse<String> page = get(inspector, address);
            assertThat(page.statusCode()).as("%s: %s", address, page.body()).isBetween(400, 499);
        }
    }

    @Test
    void an_officer_typing_another_provinces_register_by_a_short_code_gets_no_500() throws Exception {
        HttpClient officer = loggedIn("pages.bad.input.officer", Role.PROVINCIAL_OFFICER, 92);

        assertThat(get(officer, "/register/provinces/92").statusCode()).isEqualTo(200);
        for (String address : List.of("/register/provinces/9", "/register/districts/92", "/register/provinces/91")) {
            assertThat(get(officer, address).statusCode()).as(address).isBetween(400, 499);
        }
    }

    @Test
    void an_address_that_leads_nowhere_is_the_pages_404_page_while_the_api_keeps_its_json_404() throws Exception {
        HttpClient inspector = loggedIn("pages.bad.input.inspector", Role.INSPECTOR, null);
        for (String address : List.of("/no-such-page", "/drives/92-2562/nothing", "/register/provinces/92/more",
                "/board/extra", "/pages-assets/no-such.css")) {
            HttpResponse<String> page = get(inspector, address);
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
        HttpResponse<String> api = inspector.send(HttpRequest.newBuilder(uri("/api/nothing"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (reader.username() + ":" + reader.password()).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"status\":404").doesNotContain("<html");
    }

    /** A browser-like client: cookies kept, redirects followed, logged in through the form with its CSRF token. */
    private HttpClient loggedIn(String username, Role role, Integer provinceCode) throws Exception {
        Login login = userWith(username, role, provinceCode, null);
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Matcher token = CSRF.matcher(get(client, "/login").body());
        assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
        String form = "username=" + encode(login.username()) + "&password=" + encode(login.password())
                + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.uri().getPath()).as("logged in as %s", username).doesNotStartWith("/login");
        return client;
    }

    private HttpResponse<String> get(HttpClient client, String address) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(address)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String address) {
        return URI.create("http://127.0.0.1:" + pagePort + address);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
