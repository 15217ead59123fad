package th.go.mol.oneplan.app.pages;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages go out compressed to a browser that takes gzip ({@code server.compression}): the board carries the map
 * of Thailand inline, and officers read it over provincial offices' and phones' links. The API's JSON goes out as
 * it always has.
 */
class PagesCompressionIT extends LedgerIntegrationTest {

    @LocalServerPort
    int pagePort;

    @Test
    void the_pages_travel_compressed_and_the_api_as_it_was() {
        // Given an inspector logged in on the pages
        PageClient browser = PageClient.notFollowing("http://127.0.0.1:" + pagePort)
                .logIn(userWith("pages.compression.inspector", Role.INSPECTOR, null, null));

        // When the board (with its map of Thailand) is asked for by a browser that takes gzip
        HttpResponse<String> board = browser.get("/board?fiscalYear=2562", "Accept-Encoding", "gzip");

        // Then it comes compressed; the API's JSON does not
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.headers().firstValue("Content-Encoding")).hasValue("gzip");
        Reply api = exchange(HttpMethod.GET, "/api/drives?fiscalYear=2562", null, headers -> {
            admin().basic().accept(headers);
            headers.set("Accept-Encoding", "gzip");
        });
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.headers().getFirst("Content-Encoding")).isNull();
    }
}
