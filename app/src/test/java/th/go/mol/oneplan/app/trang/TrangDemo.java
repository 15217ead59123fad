package th.go.mol.oneplan.app.trang;

import com.fasterxml.jackson.databind.JsonNode;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Plays the Trang FY 2562 demo file through the HTTP API, once per database. */
public final class TrangDemo {
    public static final String DRIVE = "/api/drives/92-2562";

    private TrangDemo() {
    }

    public static JsonNode requests() {
        try (InputStream in = TrangDemo.class.getResourceAsStream("/demo/trang-2562.json")) {
            return LedgerIntegrationTest.JSON_READER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized void ensurePlayed(LedgerIntegrationTest test) {
        if (test.getStatus(DRIVE) == 200) {
            return;
        }
        for (JsonNode request : requests()) {
            LedgerIntegrationTest.Answer answer = test.postAs(request.get("path").asText(),
                    request.get("body").toString(), "secretary@trang");
            assertThat(answer.status()).as("%s answered %s", request.get("path").asText(), answer.body()).isEqualTo(201);
        }
    }
}
