package th.go.mol.oneplan.app.correction;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A correction cannot slip past the rules the original command was held to: over HTTP it gets the answer that
 * command would get for the act as corrected, 400 naming {@code corrections.<field>} for a bad value and 409
 * naming the rule of the drive, and nothing is recorded.
 */
class CorrectionRulesIT extends LedgerIntegrationTest {
    private static final String DRIVE = "/api/drives/30-2562";

    @Test
    void a_correction_is_refused_as_the_command_would_be_for_the_act_as_corrected() {
        Recorded drive = givenNakhonRatchasimaVisitedUnderTwoPlanVersions();
        long before = eventsInStore();

        // Seen: a field corrected to blank.
        assertInvalid(correct(drive.firstVisit, "venue", ""), "corrections.venue", "required");
        // Seen: a count beyond the API's limit (peopleReached is at most 1,000,000 on a visit).
        assertInvalid(correct(drive.firstVisit, "peopleReached", "1000001"), "corrections.peopleReached", "max");
        // The plan's date is writtenOn, as the API names it, and is held to the date rules.
        assertInvalid(correct(drive.draft, "writtenOn", "2999-01-10"), "corrections.writtenOn", "not-in-future");

        // Seen: a field visit moved before any approved plan ...
        assertBroken(correct(drive.firstVisit, "visitDate", "2019-01-14"), "field-visit-needs-approved-plan");
        // ... or before its project was in the approved plan (P2 came with version 2, approved on 17 April).
        assertBroken(correct(drive.secondVisit, "visitDate", "2019-03-01"), "project-of-approved-plan");
        // An approval's meeting cannot be moved before the version it approved.
        assertBroken(correct(drive.secondMeeting, "meetingDate", "2019-03-31"), "approval-before-draft");

        assertThat(eventsInStore()).as("nothing recorded").isEqualTo(before);
        Answer fine = correct(drive.firstVisit, "peopleReached", "12");
        assertThat(fine.status()).as("%s", fine.body()).isEqualTo(201);
    }

    private Answer correct(String eventId, String field, String value) {
        return post(DRIVE + "/corrections", json("{'correctsEventId':'" + eventId + "','whatWasWrong':'typed wrong',"
                + "'corrections':[{'field':'" + field + "','correctedValue':'" + value + "'}],'correctedOn':'2019-09-25'}"));
    }

    private static void assertInvalid(Answer answer, String field, String rule) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(400);
        JsonNode error = answer.body().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("rule").asText()).isEqualTo(rule);
    }

    private static void assertBroken(Answer answer, String rule) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(409);
        assertThat(answer.body().get("rule").asText()).isEqualTo(rule);
    }

    private record Recorded(String draft, String firstVisit, String secondMeeting, String secondVisit) {
    }

    private Recorded givenNakhonRatchasimaVisitedUnderTwoPlanVersions() {
        created(post("/api/drives", json("{'provinceCode':30,'fiscalYear':2562,'leadOfficer':{'name':'Lead',"
                + "'position':'Provincial Labour head'},'leadAssignedOn':'2018-10-20'}")));
        created(post(DRIVE + "/meetings", json("{'meetingNumber':'1/2562','meetingType':'WORKING_GROUP',"
                + "'meetingDate':'2019-01-15','chair':'Vice governor'}")));
        created(post(DRIVE + "/working-group", json("{'orderNumber':'นม 100/2561','orderDate':'2018-12-01',"
                + "'signedBy':'Governor of Nakhon Ratchasima','members':["
                + "{'name':'Head','position':'Provincial Labour head','organisation':'PLO','sector':'GOVERNMENT','role':'HEAD'},"
                + "{'name':'Owner','position':'Chair','organisation':'SME club','sector':'PRIVATE','role':'MEMBER'},"
                + "{'name':'Volunteer','position':'Chair','organisation':'Labour volunteers','sector':'PEOPLE','role':'MEMBER'}]}")));
        String draft = created(post(DRIVE + "/plans", json("{'oneGoal':'Informal workers have income',"
                + "'writtenOn':'2019-01-10','projects':[" + project("P1", 300101) + "]}")));
        created(post(DRIVE + "/plans/1/approval", json("{'meetingNumber':'1/2562'}")));
        String firstVisit = created(post(DRIVE + "/field-visits", json("{'visitDate':'2019-02-13',"
                + "'siteSubdistrictCode':300101,'venue':'Tambon hall','peopleReached':10,'planProjectCode':'P1'}")));
        created(post(DRIVE + "/plans", json("{'oneGoal':'Informal workers have income','writtenOn':'2019-04-01',"
                + "'reason':'a second project','projects':[" + project("P1", 300101) + "," + project("P2", 300102) + "]}")));
        String secondMeeting = created(post(DRIVE + "/meetings", json("{'meetingNumber':'2/2562',"
                + "'meetingType':'WORKING_GROUP','meetingDate':'2019-04-17','chair':'Vice governor'}")));
        created(post(DRIVE + "/plans/2/approval", json("{'meetingNumber':'2/2562'}")));
        String secondVisit = created(post(DRIVE + "/field-visits", json("{'visitDate':'2019-05-01',"
                + "'siteSubdistrictCode':300102,'venue':'Tambon hall','peopleReached':10,'planProjectCode':'P2'}")));
        return new Recorded(draft, firstVisit, secondMeeting, secondVisit);
    }

    private static String project(String code, int pilotSite) {
        return "{'projectCode':'" + code + "','name':'Skills','owningAgency':'SKILL_DEVELOPMENT_OFFICE',"
                + "'targetGroup':'farmers','targetHeadcount':20,'pilotSites':[" + pilotSite + "],"
                + "'budget':20000,'budgetSource':'CENTRAL_MINISTRY'}";
    }

    private static String created(Answer answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        return answer.body().get("eventId").asText();
    }
}
