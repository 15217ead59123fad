package th.go.mol.oneplan.app.correction;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mistake is fixed by a correcting event, never by editing: the original stays in the trail, the correction
 * says what was wrong, and the KPI levels follow the corrected record, both facts kept.
 */
class CorrectionIT extends LedgerIntegrationTest {
    private static final String DRIVE = "/api/drives/93-2562";

    @Test
    void correcting_the_order_to_unsigned_loses_the_levels_it_carried_and_the_trail_keeps_both_facts() {
        givenPhatthalungReachedLevel2();
        String appointment = "93-2562/3";

        Answer correction = post(DRIVE + "/corrections", json("{'correctsEventId':'" + appointment + "',"
                + "'whatWasWrong':'the order was recorded as signed but the governor never signed it',"
                + "'corrections':[{'field':'signedBy','correctedValue':''}],'correctedOn':'2019-02-01'}"), "inspector@mol");

        assertThat(correction.status()).isEqualTo(201);
        String correctionId = correction.body().get("eventId").asText();
        // unmetBecause is assessed from the drive-acts read model, which may catch up a moment after drive-kpi.
        JsonNode kpi = awaitGet(DRIVE + "/kpi", k -> k.path("currentLevel").asInt() == 0
                && k.path("levels").path(0).path("unmetBecause").isTextual());
        JsonNode level1 = kpi.get("levels").get(0);
        assertThat(level1.get("reached").asBoolean()).isFalse();
        assertThat(level1.get("unmetBecause").asText()).contains("not signed");
        assertThat(level1.get("history").findValuesAsText("change")).containsExactly("REACHED", "LOST");
        assertThat(level1.get("history").get(1).get("causedByEventId").asText()).isEqualTo(correctionId);
        assertThat(kpi.get("levels").get(1).get("reached").asBoolean()).isFalse();

        JsonNode audit = awaitGet(DRIVE + "/audit?size=200", a -> a.path("entries").findValuesAsText("eventType")
                .contains("KpiLevelLost"));
        JsonNode original = entry(audit, appointment);
        assertThat(original.get("eventType").asText()).isEqualTo("WorkingGroupAppointed");
        assertThat(original.get("correctedBy").get(0).asText()).isEqualTo(correctionId);
        JsonNode correcting = entry(audit, correctionId);
        assertThat(correcting.get("correctsEventId").asText()).isEqualTo(appointment);
        assertThat(correcting.get("recordedBy").asText()).isEqualTo("inspector@mol");
        assertThat(correcting.get("businessDate").asText()).isEqualTo("2019-02-01");

        JsonNode detail = awaitGet(DRIVE, d -> d.path("workingGroup").path("corrected").asBoolean());
        assertThat(detail.get("workingGroup").get("signedBy").asText("")).isEmpty();
        assertThat(detail.get("kpiLevel").asInt()).isZero();
        Long stored = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = '93-2562' "
                + "and convert_from(payload, 'UTF8')::jsonb ->> 'signedBy' = 'Governor of Phatthalung'", Long.class);
        assertThat(stored).as("the original event is unchanged in the store").isEqualTo(1);

        Answer signedAfterAll = post(DRIVE + "/corrections", json("{'correctsEventId':'" + appointment + "',"
                + "'whatWasWrong':'the signed copy was found in the archive',"
                + "'corrections':[{'field':'signedBy','correctedValue':'Governor of Phatthalung'}],"
                + "'correctedOn':'2019-02-03'}"));
        assertThat(signedAfterAll.status()).isEqualTo(201);
        JsonNode restored = awaitGet(DRIVE + "/kpi", k -> k.path("currentLevel").asInt() == 2);
        assertThat(restored.get("levels").get(0).get("history").findValuesAsText("change"))
                .containsExactly("REACHED", "LOST", "REACHED");
        assertThat(restored.get("levels").get(0).get("reachedOn").asText()).isEqualTo("2018-12-01");
    }

    private void givenPhatthalungReachedLevel2() {
        assertThat(post("/api/drives", json("{'provinceCode':93,'fiscalYear':2562,'leadOfficer':{'name':'Lead',"
                + "'position':'Provincial Labour head'},'leadAssignedOn':'2018-10-20'}")).status()).isEqualTo(201);
        assertThat(post(DRIVE + "/meetings", json("{'meetingNumber':'1/2562','meetingType':'WORKING_GROUP',"
                + "'meetingDate':'15 ม.ค. 2562','chair':'Vice governor'}")).status()).isEqualTo(201);
        assertThat(post(DRIVE + "/working-group", json("{'orderNumber':'พท 100/2561','orderDate':'2018-12-01',"
                + "'signedBy':'Governor of Phatthalung','members':["
                + "{'name':'Head','position':'Provincial Labour head','organisation':'PLO','sector':'GOVERNMENT','role':'HEAD'},"
                + "{'name':'Owner','position':'Chair','organisation':'SME club','sector':'PRIVATE','role':'MEMBER'},"
                + "{'name':'Volunteer','position':'Chair','organisation':'Labour volunteers','sector':'PEOPLE','role':'MEMBER'}]}"))
                .status()).isEqualTo(201);
        assertThat(post(DRIVE + "/plans", json("{'oneGoal':'Informal workers have income and social security',"
                + "'writtenOn':'2019-01-10','projects':[{'projectCode':'P1','name':'Skills','owningAgency':"
                + "'SKILL_DEVELOPMENT_OFFICE','targetGroup':'farmers','targetHeadcount':20,'pilotSites':[930101],"
                + "'budget':20000,'budgetSource':'CENTRAL_MINISTRY'}]}")).status()).isEqualTo(201);
        assertThat(post(DRIVE + "/plans/1/approval", json("{'meetingNumber':'๑/๒๕๖๒'}")).status()).isEqualTo(201);
        awaitGet(DRIVE + "/kpi", k -> k.path("currentLevel").asInt() == 2);
    }

    private static JsonNode entry(JsonNode audit, String eventId) {
        for (JsonNode e : audit.get("entries")) {
            if (e.get("eventId").asText().equals(eventId)) {
                return e;
            }
        }
        throw new AssertionError("no audit entry " + eventId + " in " + audit);
    }
}
