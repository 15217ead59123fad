package th.go.mol.oneplan.app.pages;

import th.go.mol.oneplan.app.LedgerIntegrationTest.Login;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages as a browser reaches them over HTTP, without a browser: cookies kept, the form login with its CSRF
 * token, forms posted with theirs. For tests where the server's answer itself counts (status, headers, what the
 * session store holds); what a person sees is {@link Browser}'s.
 */
final class PageClient {
    static final String SESSION_COOKIE = "JSESSIONID";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private PageClient(String base, HttpClient.Redirect redirects) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(redirects).build();
    }

    /** Follows redirects, as a browser does. */
    static PageClient following(String base) {
        return new PageClient(base, HttpClient.Redirect.NORMAL);
    }

    /** Shows each redirect as it is answered (a 302 to the login, a 303 after a form). */
    static PageClient notFollowing(String base) {
        return new PageClient(base, HttpClient.Redirect.NEVER);
    }

    /** Logs in through the form, with the login page's CSRF token, and checks it worked. */
    PageClient logIn(Login login) {
        String form = "username=" + encode(login.username()) + "&password=" + encode(login.password());
        HttpResponse<String> after = postForm("/login", form, csrfOf("/login"));
        String landedOn = after.statusCode() / 100 == 3 ? after.headers().firstValue("Location").orElse("")
                : after.uri().getPath();
        assertThat(landedOn).as("logged in as %s", login.username()).doesNotContain("/login");
        return this;
    }

    /** Carries this session cookie, as another tab of the same browser would, or the same browser at another node. */
    PageClient withSession(String sessionId) {
        HttpCookie cookie = new HttpCookie(SESSION_COOKIE, sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(uri("/"), cookie);
        return this;
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    HttpResponse<String> get(String address) {
        return send(HttpRequest.newBuilder(uri(address)).GET().build());
    }

    HttpResponse<String> get(String address, String header, String value) {
        return send(HttpRequest.newBuilder(uri(address)).header(header, value).GET().build());
    }

    /** Posts {@code form} (url-encoded pairs) with {@code csrf} added, as the page's form would; null sends none. */
    HttpResponse<String> postForm(String address, String form, String csrf) {
        String body = csrf == null ? form : form + (form.isEmpty() ? "" : "&") + "_csrf=" + encode(csrf);
        return send(HttpRequest.newBuilder(uri(address)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The CSRF token of the form on the page at {@code address}. */
    String csrfOf(String address) {
        HttpResponse<String> page = get(address);
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("%s carries a CSRF token", address).isTrue();
        return token.group(1);
    }

    URI uri(String address) {
        return URI.create(base + address);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
