package th.go.mol.oneplan.app.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on every command endpoint: each is refused with a 4xx problem that names the field and the rule,
 * and nothing is appended to the event store. Never a 5xx.
 */
class CommandBadInputIT extends LedgerIntegrationTest {
    private static final String DRIVE = "/api/drives/90-2563";

    @BeforeEach
    void songkhlaHasADrive() {
        post("/api/drives", json("{'provinceCode':90,'fiscalYear':2563,'leadOfficer':{'name':'A','position':'B'},"
                + "'leadAssignedOn':'2019-10-15'}"));
    }

    static Stream<Arguments> badRequests() {
        List<Arguments> cases = new ArrayList<>();
        // Malformed bodies on every endpoint.
        for (String path : List.of("/api/drives", DRIVE + "/agenda-items", DRIVE + "/working-group",
                DRIVE + "/working-group/amendments", DRIVE + "/meetings", DRIVE + "/plans", DRIVE + "/plans/1/approval",
                DRIVE + "/field-visits", DRIVE + "/inspections", DRIVE + "/monthly-reports",
                DRIVE + "/one-goal-summary", DRIVE + "/corrections")) {
            cases.add(Arguments.of(path, "{not json", 400, "body"));
            cases.add(Arguments.of(path, "", 400, "body"));
            cases.add(Arguments.of(path, "[]", 400, "body"));
            cases.add(Arguments.of(path, "{'unexpectedField':1}", 400, "unexpectedField"));
        }
        // Start a drive.
        cases.add(Arguments.of("/api/drives", "{'provinceCode':'ninety-two','fiscalYear':2562}", 400, "provinceCode"));
        cases.add(Arguments.of("/api/drives", "{'provinceCode':99,'fiscalYear':2563,'leadOfficer':{'name':'A',"
                + "'position':'B'},'leadAssignedOn':'2019-10-15'}", 400, "provinceCode"));
        cases.add(Arguments.of("/api/drives", "{'provinceCode':92,'fiscalYear':1999,'leadOfficer':{'name':'A',"
                + "'position':'B'},'leadAssignedOn':'2019-10-15'}", 400, "fiscalYear"));
        cases.add(Arguments.of("/api/drives", "{'provinceCode':92,'fiscalYear':2563,'leadOfficer':{'name':' ',"
                + "'position':'B'},'leadAssignedOn':'2019-10-15'}", 400, "leadOfficer.name"));
        cases.add(Arguments.of("/api/drives", "{'provinceCode':92,'fiscalYear':2563,'leadOfficer':{'name':'A',"
                + "'position':'B'},'leadAssignedOn':'31/02/2562'}", 400, "leadAssignedOn"));
        cases.add(Arguments.of("/api/drives", "{'provinceCode':92,'fiscalYear':2563,'leadOfficer':{'name':'A',"
                + "'position':'B'},'leadAssignedOn':'2099-01-01'}", 400, "leadAssignedOn"));
        cases.add(Arguments.of("/api/drives", "{'provinceCode':92,'fiscalYear':2563,'leadOfficer':{'name':'A',"
                + "'position':'B'},'leadAssignedOn':'2018-01-01'}", 409, null));
        cases.add(Arguments.of("/api/drives", "{'provinceCode':92,'fiscalYear':2563,'leadOfficer':{'name':'x); drop table domainevententry; --',"
                + "'position':'B'},'leadAssignedOn':'2019-13-01'}", 400, "leadAssignedOn"));
        // Agenda items.
        cases.add(Arguments.of(DRIVE + "/agenda-items", "{'items':[14],'meetingNumber':'1/2563'}", 400, "items[0]"));
        cases.add(Arguments.of(DRIVE + "/agenda-items", "{'items':[],'meetingNumber':'1/2563'}", 400, "items"));
        cases.add(Arguments.of(DRIVE + "/agenda-items", "{'items':[13],'meetingNumber':'9/2563'}", 409, null));
        // Working group.
        cases.add(Arguments.of(DRIVE + "/working-group", "{'orderNumber':'1/2563','orderDate':'2019-11-01',"
                + "'signedBy':'Governor','members':[]}", 400, "members"));
        cases.add(Arguments.of(DRIVE + "/working-group", "{'orderNumber':'1/2563','orderDate':'2019-11-01',"
                + "'signedBy':'Governor','members':[{'name':'A','position':'P','organisation':'O','sector':'MILITARY',"
                + "'role':'HEAD'}]}", 400, "members[0].sector"));
        cases.add(Arguments.of(DRIVE + "/working-group", "{'orderNumber':'1/2563','orderDate':'2019-11-01',"
                + "'signedBy':'Governor','members':[{'name':'A','position':'P','organisation':'O','sector':'GOVERNMENT',"
                + "'role':'HEAD'}]}", 409, null));
        cases.add(Arguments.of(DRIVE + "/working-group/amendments", "{'orderDate':'2019-11-01','reason':'r',"
                + "'membersRemoved':['Nobody']}", 409, null));
        // Meetings.
        cases.add(Arguments.of(DRIVE + "/meetings", "{'meetingNumber':'first','meetingType':'WORKING_GROUP',"
                + "'meetingDate':'2019-11-01','chair':'C'}", 400, "meetingNumber"));
        cases.add(Arguments.of(DRIVE + "/meetings", "{'meetingNumber':'1/2563','meetingType':'PARTY',"
                + "'meetingDate':'2019-11-01','chair':'C'}", 400, "meetingType"));
        cases.add(Arguments.of(DRIVE + "/meetings", "{'meetingNumber':'1/2563','meetingType':'WORKING_GROUP',"
                + "'meetingDate':20191101,'chair':'C'}", 400, "meetingDate"));
        // Plans.
        String project = "{'projectCode':'P1','name':'n','owningAgency':'EMPLOYMENT_OFFICE','targetGroup':'t',"
                + "'targetHeadcount':20,'pilotSites':[%s],'budget':%s,'budgetSource':'CENTRAL_MINISTRY'}";
        cases.add(Arguments.of(DRIVE + "/plans", "{'oneGoal':'g','writtenOn':'2019-11-01','projects':["
                + project.formatted("900101", "35000.001") + "]}", 400, "projects[0].budget"));
        cases.add(Arguments.of(DRIVE + "/plans", "{'oneGoal':'g','writtenOn':'2019-11-01','projects':["
                + project.formatted("900101", "-1") + "]}", 400, "projects[0].budget"));
        cases.add(Arguments.of(DRIVE + "/plans", "{'oneGoal':'g','writtenOn':'2019-11-01','projects':["
                + project.formatted("920705", "100") + "]}", 400, "projects[0].pilotSites"));
        cases.add(Arguments.of(DRIVE + "/plans", "{'oneGoal':'g','writtenOn':'2019-11-01','projects':["
                + project.formatted("999999", "100") + "]}", 400, "projects[0].pilotSites"));
        cases.add(Arguments.of(DRIVE + "/plans", "{'oneGoal':'','writtenOn':'2019-11-01','projects':[]}", 400, "oneGoal"));
        cases.add(Arguments.of(DRIVE + "/plans/one/approval", "{'meetingNumber':'1/2563'}", 400, "version"));
        cases.add(Arguments.of(DRIVE + "/plans/1/approval", "{'meetingNumber':'1/2563'}", 409, null));
        // Field visits.
        cases.add(Arguments.of(DRIVE + "/field-visits", "{'visitDate':'2019-11-01','siteSubdistrictCode':900101,"
                + "'venue':'v','peopleReached':-5,'planProjectCode':'P1'}", 400, "peopleReached"));
        cases.add(Arguments.of(DRIVE + "/field-visits", "{'visitDate':'2019-11-01','siteSubdistrictCode':900101,"
                + "'venue':'v','peopleReached':5,'planProjectCode':'P1'}", 409, null));
        // Inspections.
        cases.add(Arguments.of(DRIVE + "/inspections", "{'inspector':'I','inspectionDate':'yesterday','findings':'f'}",
                400, "inspectionDate"));
        cases.add(Arguments.of(DRIVE + "/inspections", "{'inspector':'I','inspectionDate':'2019-11-01'}", 400, "findings"));
        // Monthly reports.
        cases.add(Arguments.of(DRIVE + "/monthly-reports", "{'form':'99-9','periodFrom':'2019-10','periodTo':'2019-10',"
                + "'submittedOn':'2019-11-05','summary':'s'}", 400, "form"));
        cases.add(Arguments.of(DRIVE + "/monthly-reports", "{'form':'62-1','periodFrom':'2019-13','periodTo':'2019-10',"
                + "'submittedOn':'2019-11-05','summary':'s'}", 400, "periodFrom"));
        cases.add(Arguments.of(DRIVE + "/monthly-reports", "{'form':'62-1','periodFrom':'2019-11','periodTo':'2019-10',"
                + "'submittedOn':'2019-11-05','summary':'s'}", 400, "periodTo"));
        cases.add(Arguments.of(DRIVE + "/monthly-reports", "{'form':'62-1','periodFrom':'2018-10','periodTo':'2018-10',"
                + "'submittedOn':'2019-11-05','summary':'s'}", 400, "periodFrom"));
        // One Goal summary.
        cases.add(Arguments.of(DRIVE + "/one-goal-summary", "{'submittedOn':'2019-11-05','letterNumber':'L',"
                + "'results':'r','peopleReached':'many'}", 400, "peopleReached"));
        cases.add(Arguments.of(DRIVE + "/one-goal-summary", "{'submittedOn':'2019-11-05','letterNumber':'L',"
                + "'results':'r','peopleReached':10}", 409, null));
        // Corrections.
        cases.add(Arguments.of(DRIVE + "/corrections", "{'correctsEventId':'90-2563/999','whatWasWrong':'w',"
                + "'corrections':[{'field':'businessDate','correctedValue':'2019-11-01'}]}", 400, "correctsEventId"));
        cases.add(Arguments.of(DRIVE + "/corrections", "{'correctsEventId':'90-2563/1','whatWasWrong':'w',"
                + "'corrections':[{'field':'provinceCode','correctedValue':'92'}]}", 400, "corrections.field"));
        cases.add(Arguments.of(DRIVE + "/corrections", "{'correctsEventId':'90-2563/1','whatWasWrong':'w',"
                + "'corrections':[{'field':'businessDate','correctedValue':'soon'}]}", 400, "corrections.businessDate"));
        cases.add(Arguments.of(DRIVE + "/corrections", "{'correctsEventId':'90-2563/1','whatWasWrong':'',"
                + "'corrections':[]}", 400, "whatWasWrong"));
        // Ids in the path.
        cases.add(Arguments.of("/api/drives/not-a-drive/meetings", "{'meetingNumber':'1/2563','meetingType':'OTHER',"
                + "'meetingDate':'2019-11-01','chair':'C'}", 400, "driveId"));
        cases.add(Arguments.of("/api/drives/91-2563/meetings", "{'meetingNumber':'1/2563','meetingType':'OTHER',"
                + "'meetingDate':'2019-11-01','chair':'C'}", 404, null));
        return cases.stream();
    }

    @ParameterizedTest(name = "{index}: POST {0} {1} -> {2} naming {3}")
    @MethodSource("badRequests")
    void bad_input_is_refused_with_a_problem_and_records_nothing(String path, String body, int status, String field) {
        long before = eventsInStore();

        Answer answer = post(path, json(body));

        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        JsonNode problem = answer.body();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        if (status == 400) {
            assertThat(problem.get("errors")).as("errors of %s", problem).isNotEmpty();
            assertThat(problem.get("errors").findValuesAsText("field")).as("fields named in %s", problem).contains(field);
            assertThat(problem.get("errors").get(0).get("rule").asText()).isNotBlank();
        }
        if (status == 409) {
            assertThat(problem.get("rule").asText()).isNotBlank();
        }
        assertThat(eventsInStore()).isEqualTo(before);
    }
}
