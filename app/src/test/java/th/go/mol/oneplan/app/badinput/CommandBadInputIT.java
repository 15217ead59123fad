package th.go.mol.oneplan.app.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on every command endpoint: each is refused with a 4xx problem that names the field and the rule,
 * and nothing is appended to the event store. Never a 5xx.
 */
class CommandBadInputIT extends LedgerIntegrationTest {
    private static final String DRIVE = "/api/drives/90-2563";
    /** oneplan.http.max-body-bytes: 256 KiB. */
    private static final int MAX_BODY_BYTES = 256 * 1024;
    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @org.springframework.boot.test.web.server.LocalServerPort
    int serverPort;

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
                DRIVE + "/one-goal-summary", DRIVE + "/corrections", DRIVE + "/activities",
                DRIVE + "/budget/reallocations")) {
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
        // Allocations of plan projects.
        String allocated = "{'projectCode':'P1','name':'n','owningAgency':'EMPLOYMENT_OFFICE','targetGroup':'t',"
                + "'targetHeadcount':20,'pilotSites':[900101],'allocations':%s}";
        cases.add(Arguments.of(DRIVE + "/plans", "{'oneGoal':'g','writtenOn':'2019-11-01','projects':["
                + allocated.formatted("'all of it'") + "]}", 400, "projects[0].allocations"));
        cases.add(Arguments.of(DRIVE + "/plans", "{'oneGoal':'g','writtenOn':'2019-11-01','projects':["
                + allocated.formatted("[{'amount':1,'budgetSource':'LOTTERY','agency':'EMPLOYMENT_OFFICE'}]") + "]}",
                400, "projects[0].allocations[0].budgetSource"));
        cases.add(Arguments.of(DRIVE + "/plans", "{'oneGoal':'g','writtenOn':'2019-11-01','projects':["
                + allocated.formatted("[{'amount':1,'budgetSource':'OTHER','agency':'EMPLOYMENT_OFFICE',"
                + "'partnerAgency':'" + "x".repeat(201) + "'}]") + "]}", 400,
                "projects[0].allocations[0].partnerAgency"));
        cases.add(Arguments.of(DRIVE + "/plans", "{'oneGoal':'g','writtenOn':'2019-11-01','projects':["
                + allocated.formatted("[{'amount':null,'budgetSource':'OTHER','agency':'EMPLOYMENT_OFFICE'}]") + "]}",
                400, "projects[0].allocations[0].amount"));
        cases.add(Arguments.of(DRIVE + "/plans", "{'oneGoal':'g','writtenOn':'2019-11-01','projects':["
                + allocated.formatted("[null]") + "]}", 400, "projects[0].allocations[0]"));
        cases.add(Arguments.of(DRIVE + "/plans/one/approval", "{'meetingNumber':'1/2563'}", 400, "version"));
        cases.add(Arguments.of(DRIVE + "/plans/1/approval", "{'meetingNumber':'1/2563'}", 409, null));
        // Field visits.
        cases.add(Arguments.of(DRIVE + "/field-visits", "{'visitDate':'2019-11-01','siteSubdistrictCode':900101,"
                + "'venue':'v','peopleReached':-5,'planProjectCode':'P1'}", 400, "peopleReached"));
        cases.add(Arguments.of(DRIVE + "/field-visits", "{'visitDate':'2019-11-01','siteSubdistrictCode':900101,"
                + "'venue':'v','peopleReached':5,'planProjectCode':'P1'}", 409, null));
        cases.add(Arguments.of(DRIVE + "/field-visits", "{'visitDate':'2019-11-01','siteSubdistrictCode':900101,"
                + "'venue':'v','peopleReached':5,'planProjectCode':'P1','amountSpent':1,'fundedBy':'central'}",
                400, "fundedBy"));
        // Activities and reallocations.
        cases.add(Arguments.of(DRIVE + "/activities", "{'activityDate':'2019-11-01','siteSubdistrictCode':900101,"
                + "'participants':5,'amountSpent':1,'agency':'EMPLOYMENT_OFFICE','planProjectCode':'P1',"
                + "'description':'d','fundedBy':{'budgetSource':'LOTTERY'}}", 400, "fundedBy.budgetSource"));
        cases.add(Arguments.of(DRIVE + "/activities", "{'activityDate':'2019-11-01','siteSubdistrictCode':900101,"
                + "'participants':5,'amountSpent':1,'agency':'EMPLOYMENT_OFFICE','planProjectCode':'P1',"
                + "'description':'d','fundedBy':{'agency':'PARTNER','partnerAgency':'" + "x".repeat(201) + "'}}",
                400, "fundedBy.partnerAgency"));
        cases.add(Arguments.of(DRIVE + "/budget/reallocations", "{'fromProjectCode':'P1','toProjectCode':'P2',"
                + "'amount':1,'reason':'r','reallocatedOn':'2019-11-01','toAllocation':{'agency':'ARMY'}}",
                400, "toAllocation.agency"));
        cases.add(Arguments.of(DRIVE + "/budget/reallocations", "{'fromProjectCode':'P1','toProjectCode':'P2',"
                + "'amount':1,'reason':'r','reallocatedOn':'2019-11-01','fromAllocation':[]}", 400, "fromAllocation"));
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
                + "'corrections':[{'field':'businessDate','correctedValue':'2019-11-01'}]}", 409, null));
        cases.add(Arguments.of(DRIVE + "/corrections", "{'correctsEventId':'90-2563/1','whatWasWrong':'w',"
                + "'corrections':[{'field':'provinceCode','correctedValue':'92'}]}", 400, "corrections.field"));
        cases.add(Arguments.of(DRIVE + "/corrections", "{'correctsEventId':'90-2563/1','whatWasWrong':'w',"
                + "'corrections':[{'field':'businessDate','correctedValue':'soon'}]}", 400, "corrections.businessDate"));
        cases.add(Arguments.of(DRIVE + "/corrections", "{'correctsEventId':'90-2563/1','whatWasWrong':'',"
                + "'corrections':[]}", 400, "whatWasWrong"));
        // Out-of-range dates: year 1, year 9999, BE 3000 (CE 2457), in every form a person may type them.
        // Years 0 and 1 are real dates, but outside the drive's fiscal year (409 date-outside-fiscal-year); BE 9999
        // and BE 3000 lie in the future (400 not-in-future); years beyond four digits are not dates at all.
        for (String date : List.of("0001-01-01", "0000-01-01", "9999-12-31", "3000-01-15", "15/01/3000",
                "15 มกราคม 3000", "+10000-01-01", "-0001-01-01")) {
            int status = date.startsWith("000") ? 409 : 400;
            cases.add(Arguments.of(DRIVE + "/meetings", "{'meetingNumber':'1/2563','meetingType':'OTHER',"
                    + "'meetingDate':'" + date + "','chair':'C'}", status, "meetingDate"));
            cases.add(Arguments.of("/api/drives", "{'provinceCode':92,'fiscalYear':2563,'leadOfficer':{'name':'A',"
                    + "'position':'B'},'leadAssignedOn':'" + date + "'}", status, "leadAssignedOn"));
        }
        for (String year : List.of("0", "1", "9999", "3000", "-2563", "25630")) {
            cases.add(Arguments.of("/api/drives", "{'provinceCode':92,'fiscalYear':" + year + ",'leadOfficer':{'name':'A',"
                    + "'position':'B'},'leadAssignedOn':'2019-10-15'}", 400, "fiscalYear"));
        }
        cases.add(Arguments.of(DRIVE + "/monthly-reports", "{'form':'62-1','periodFrom':'9999-12','periodTo':'9999-12',"
                + "'submittedOn':'2019-11-05','summary':'s'}", 400, "periodFrom"));
        cases.add(Arguments.of(DRIVE + "/monthly-reports", "{'form':'62-1','periodFrom':'0001-01','periodTo':'0001-01',"
                + "'submittedOn':'2019-11-05','summary':'s'}", 400, "periodFrom"));
        // Injection strings where the value must follow a format are refused as malformed (more in
        // injection_strings_are_kept_as_text_or_refused, whose bodies contain quotes).
        cases.add(Arguments.of(DRIVE + "/meetings", "{'meetingNumber':'${jndi:ldap://x}','meetingType':'OTHER',"
                + "'meetingDate':'2019-11-01','chair':'C'}", 400, "meetingNumber"));
        cases.add(Arguments.of(DRIVE + "/meetings", "{'meetingNumber':'1/2563','meetingType':'<script>',"
                + "'meetingDate':'2019-11-01','chair':'C'}", 400, "meetingType"));
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

    static Stream<Arguments> oversizedBodies() {
        List<Arguments> cases = new ArrayList<>();
        for (String path : List.of("/api/drives", DRIVE + "/meetings", DRIVE + "/plans", DRIVE + "/corrections",
                "/api/drives/not-a-drive/meetings")) {
            for (int size : List.of(MAX_BODY_BYTES + 1, 1024 * 1024)) {
                cases.add(Arguments.of(path, size, false));
                cases.add(Arguments.of(path, size, true));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{index}: POST {0} with {1} bytes, chunked: {2} -> 413")
    @MethodSource("oversizedBodies")
    void an_oversized_body_is_refused_with_413_whether_its_length_is_declared_or_it_is_chunked(String path, int size,
                                                                                              boolean chunked)
            throws Exception {
        long before = eventsInStore();

        RawAnswer answer = raw("POST", path, meetingOfSize(size), chunked);

        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(answer.status());
        if (chunked) {
            // Refused, and nothing recorded; but as 400 "a JSON body is required", not 413: see
            // a_chunked_oversized_body_is_refused_with_413 below.
            assertThat(answer.status()).as("%s", answer.body()).isIn(400, 413);
        } else {
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(413);
            assertThat(problem.get("type").asText()).isEqualTo("urn:oneplan:problem:body-too-large");
            assertThat(problem.get("detail").asText()).contains(String.valueOf(MAX_BODY_BYTES));
        }
        assertThat(eventsInStore()).isEqualTo(before);
    }

    /**
     * A body sent without Content-Length is cut off by RequestSizeLimit's capped stream as soon as it passes the
     * limit; the failure reaches ProblemResponses wrapped in Spring's reading error, which answers 413.
     */
    @Test
    void a_chunked_oversized_body_is_refused_with_413() throws Exception {
        long before = eventsInStore();

        RawAnswer answer = raw("POST", DRIVE + "/meetings", meetingOfSize(MAX_BODY_BYTES + 1), true);

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(413);
        assertThat(JSON.readTree(answer.body()).get("type").asText()).isEqualTo("urn:oneplan:problem:body-too-large");
        assertThat(eventsInStore()).isEqualTo(before);
    }

    /**
     * A late record may lie outside the fiscal year, but only by up to a year either side: a meeting dated
     * 0001-01-01 on a drive of FY 2563 is a typing mistake, not a late record.
     */
    @Test
    void a_late_record_still_needs_a_plausible_date() {
        long before = eventsInStore();

        Answer answer = post(DRIVE + "/meetings", json("{'meetingNumber':'77/2563','meetingType':'OTHER',"
                + "'meetingDate':'0001-01-01','chair':'C','lateRecord':true}"));

        assertThat(answer.status()).as("%s", answer.body()).isBetween(400, 499);
        assertThat(eventsInStore()).isEqualTo(before);
    }

    @Test
    void a_body_of_exactly_the_limit_is_read_and_judged_on_its_content() throws Exception {
        long before = eventsInStore();

        for (boolean chunked : List.of(false, true)) {
            RawAnswer answer = raw("POST", DRIVE + "/meetings", meetingOfSize(MAX_BODY_BYTES), chunked);

            assertThat(answer.status()).as("chunked %s: %s", chunked, answer.body()).isEqualTo(400);
            assertThat(JSON.readTree(answer.body()).get("errors").findValuesAsText("field")).contains("chair");
        }
        assertThat(eventsInStore()).isEqualTo(before);
    }

    /**
     * SQL, script, template and JNDI-lookup strings in free-text fields are only text: recorded exactly as sent
     * (or refused as malformed), never a 5xx, and every table is still there afterwards.
     */
    @Test
    void injection_strings_in_text_fields_are_kept_as_text_and_harm_nothing() throws Exception {
        String drive = "/api/drives/96-2566";
        String evil = "'; drop table domainevententry; --";
        Answer started = post("/api/drives", JSON.writeValueAsString(Map.of("provinceCode", 96, "fiscalYear", 2566,
                "leadOfficer", Map.of("name", evil, "position", "<img src=x onerror=alert(1)>"),
                "leadAssignedOn", "2022-10-15")));
        assertThat(started.status()).as("%s", started.body()).isIn(201, 409);
        List<String> injections = List.of(evil,
                "x'); delete from domainevententry where ('1'='1",
                "1; truncate domainevententry cascade",
                "\"; drop table drive_audit_entry; --",
                "<script>alert('x')</script>",
                "${jndi:ldap://127.0.0.1:1389/x}",
                "${env:SPRING_DATASOURCE_PASSWORD}",
                "{{7*7}} #{7*7} %{7*7}",
                "../../../../etc/passwd",
                "%00%0d%0aSet-Cookie: x=y",
                "\r\nX-Injected: yes",
                "\u202e\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21 \uD83D\uDE00",
                "\\'\\\"\\");
        int n = 0;
        for (String text : injections) {
            n++;
            String body = JSON.writeValueAsString(Map.of("meetingNumber", n + "/2566", "meetingType", "OTHER",
                    "meetingDate", "2022-11-0" + (1 + n % 9), "chair", text, "attendees", List.of(text),
                    "resolutions", List.of(text)));

            Answer answer = post(drive + "/meetings", body);

            assertThat(answer.status()).as("%s: %s", text, answer.body()).isIn(201, 400);
            if (answer.status() == 201) {
                long sequence = Long.parseLong(answer.body().get("eventId").asText().split("/")[1]) - 1;
                String stored = jdbc.queryForObject("select convert_from(payload, 'UTF8')::jsonb ->> 'chair' from "
                        + "domainevententry where aggregateidentifier = '96-2566' and sequencenumber = ?", String.class,
                        sequence);
                assertThat(stored).as("recorded as sent (the service trims surrounding white space)")
                        .isEqualTo(text.strip());
            }
        }
        Answer badKey = postWithHeaders(drive + "/meetings", JSON.writeValueAsString(Map.of("meetingNumber", "99/2566",
                "meetingType", "OTHER", "meetingDate", "2022-11-01", "chair", "C")), Map.of("Idempotency-Key", evil));
        assertThat(badKey.status()).as("%s", badKey.body()).isEqualTo(400);
        assertThat(badKey.body().get("errors").findValuesAsText("field")).contains("Idempotency-Key");

        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = "
                + "current_schema() and table_name in ('domainevententry', 'drive_audit_entry', 'drive_act_version', "
                + "'drive_overview', 'tokenentry')", String.class)).hasSize(5);
        assertThat(eventsInStore()).isPositive();
        // And the read side takes every one of them in, like any other text.
        long events = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = '96-2566'",
                Long.class);
        awaitGet(drive + "/audit?page=0&size=1", a -> a.get("totalEntries").asLong() == events);
    }

    static Stream<Arguments> badIdsInPaths() {
        String longId = "9".repeat(5000);
        return Stream.of(
                Arguments.of("/api/drives/..%2F..%2Fetc%2Fpasswd/meetings", false),
                Arguments.of("/api/drives/90-2563%2F..%2F91-2563/meetings", false),
                Arguments.of("/api/drives/%2e%2e/meetings", false),
                Arguments.of("/api/drives/../drives/90-2563/meetings", false),
                Arguments.of("/api/drives/90-2563/meetings/..;/meetings", false),
                Arguments.of("/api/drives/90-2563;x=1/meetings", false),
                Arguments.of("/api/drives/90-2563%00/meetings", false),
                Arguments.of("/api/drives/90-2563%0d%0aX-Injected:%201/meetings", false),
                Arguments.of("/api/drives/'%20or%20'1'='1/meetings", true),
                Arguments.of("/api/drives/%E0%B9%99%E0%B9%90-%E0%B9%92%E0%B9%95%E0%B9%96%E0%B9%93/meetings", true),
                Arguments.of("/api/drives/" + longId + "/meetings", true),
                Arguments.of("/api/drives/90-" + longId + "/meetings", true),
                Arguments.of("/api/drives/" + "9".repeat(20000) + "/meetings", false),
                Arguments.of("/api/drives/90-2563/plans/99999999999999999999/approval", true),
                Arguments.of("/api/drives/90-2563/plans/-1/approval", true),
                Arguments.of("/api/drives/90-2563/plans/0/approval", true),
                Arguments.of("/api/drives/90-2563/plans/" + longId + "/approval", true));
    }

    /**
     * Invalid ids in paths are refused with a 4xx and change nothing. Those the service itself judges get a
     * problem body; some (an encoded slash or NUL, a path over the header size limit) never get that far, because
     * the web server or the firewall of Spring Security refuses them first.
     */
    @ParameterizedTest(name = "{index}: POST {0}")
    @MethodSource("badIdsInPaths")
    void an_invalid_id_in_the_path_is_refused_and_records_nothing(String path, boolean problemBody) throws Exception {
        long before = eventsInStore();

        byte[] meeting = ("{\"meetingNumber\":\"9/2563\",\"meetingType\":\"OTHER\",\"meetingDate\":\"2019-11-01\","
                + "\"chair\":\"C\"}").getBytes(StandardCharsets.UTF_8);

        RawAnswer answer = raw("POST", path, meeting, false);

        assertThat(answer.status()).as("%s", answer.body()).isBetween(400, 499);
        if (problemBody) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(JSON.readTree(answer.body()).get("status").asInt()).isEqualTo(answer.status());
        }
        assertThat(eventsInStore()).isEqualTo(before);
    }

    record RawAnswer(int status, String contentType, String body) {
    }

    /**
     * A request sent as is: the path is not encoded again, and a chunked body has no Content-Length. Logged in as
     * Songkhla's officer.
     */
    private RawAnswer raw(String method, String path, byte[] body, boolean chunked) throws Exception {
        Login login = userWith("officer@test", Role.PROVINCIAL_OFFICER, 90, null);
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (login.username() + ":" + login.password()).getBytes(StandardCharsets.UTF_8)))
                .method(method, publisher)
                .build();
        HttpResponse<String> response = RAW.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new RawAnswer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** A meeting whose chair is long enough to make the body exactly {@code size} bytes of UTF-8. */
    private static byte[] meetingOfSize(int size) {
        String head = "{\"meetingNumber\":\"1/2563\",\"meetingType\":\"OTHER\",\"meetingDate\":\"2019-11-01\","
                + "\"chair\":\"";
        String tail = "\"}";
        byte[] bytes = (head + "x".repeat(size - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).hasSize(size);
        return bytes;
    }
}
