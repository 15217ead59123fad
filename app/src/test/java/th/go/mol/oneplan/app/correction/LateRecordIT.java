package th.go.mol.oneplan.app.correction;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A date outside the fiscal year is refused unless the officer says it is a late record; then it is flagged. */
class LateRecordIT extends LedgerIntegrationTest {
    private static final String DRIVE = "/api/drives/94-2562";

    @Test
    void an_inspection_after_the_year_is_recorded_only_when_marked_late_and_then_flagged() {
        assertThat(post("/api/drives", json("{'provinceCode':94,'fiscalYear':2562,'leadOfficer':{'name':'L',"
                + "'position':'P'},'leadAssignedOn':'2018-10-22'}")).status()).isEqualTo(201);
        String inspection = "{'inspector':'MOL inspector','inspectionDate':'2019-10-10','findings':'follow-up visit'%s}";

        Answer refused = post(DRIVE + "/inspections", json(inspection.formatted("")));
        Answer late = post(DRIVE + "/inspections", json(inspection.formatted(",'lateRecord':true")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("rule").asText()).isEqualTo("date-outside-fiscal-year");
        assertThat(late.status()).isEqualTo(201);
        JsonNode audit = awaitGet(DRIVE + "/audit", a -> a.path("totalEntries").asInt() == 2);
        JsonNode entry = audit.get("entries").get(1);
        assertThat(entry.get("eventType").asText()).isEqualTo("InspectionRecorded");
        assertThat(entry.get("lateRecord").asBoolean()).isTrue();
        assertThat(entry.get("businessDate").asText()).isEqualTo("2019-10-10");
        assertThat(entry.get("recordedAt").asText()).isNotEqualTo(entry.get("businessDate").asText());
    }
}
