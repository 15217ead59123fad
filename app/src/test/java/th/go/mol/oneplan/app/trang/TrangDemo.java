package th.go.mol.oneplan.app.trang;

import com.fasterxml.jackson.databind.JsonNode;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Plays the Trang FY 2562 demo file through the HTTP API, once per database. */
public final class TrangDemo {
    public static final String DRIVE = "/api/drives/92-2562";
    /** A date (2019-03-05) or a month (2019-03) in JSON. */
    private static final Pattern DATE = Pattern.compile("\"(20\\d\\d)-(\\d\\d)(-\\d\\d)?\"");

    private TrangDemo() {
    }

    public static JsonNode requests() {
        try (InputStream in = TrangDemo.class.getResourceAsStream("/demo/trang-2562.json")) {
            return LedgerIntegrationTest.JSON_READER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A demo request moved {@code years} fiscal years later: the same drive of Trang, with every date, month and the
     * fiscal year moved, so a test can play it on a drive of its own.
     */
    public static JsonNode movedBy(JsonNode request, int years) {
        String text = request.toString().replace("92-2562", "92-" + (2562 + years))
                .replace("\"fiscalYear\":2562", "\"fiscalYear\":" + (2562 + years));
        Matcher m = DATE.matcher(text);
        StringBuilder moved = new StringBuilder();
        while (m.find()) {
            String day = m.group(3) == null ? "" : m.group(3);
            m.appendReplacement(moved, "\"" + (Integer.parseInt(m.group(1)) + years) + "-" + m.group(2) + day + "\"");
        }
        m.appendTail(moved);
        try {
            return LedgerIntegrationTest.JSON_READER.readTree(moved.toString());
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
