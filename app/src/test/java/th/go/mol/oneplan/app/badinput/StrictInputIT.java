package th.go.mol.oneplan.app.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases an outside client found: each answered 500 or was accepted, and each is now refused with a 4xx
 * problem that names what was wrong, carries the security headers, and records nothing.
 */
class StrictInputIT extends LedgerIntegrationTest {
    private static final String DRIVE = "/api/drives/77-2563";
    private static final String MEETING = "{\"meetingNumber\":\"1/2563\",\"meetingType\":\"WORKING_GROUP\","
            + "\"meetingDate\":\"2019-11-01\",\"chair\":\"Vice governor\"}";

    @LocalServerPort
    int serverPort;
    private String officer;
    private String admin;

    @BeforeEach
    void prachuapKhiriKhanHasADrive() {
        if (getStatus(DRIVE) != 200) {
            post("/api/drives", json("{'provinceCode':77,'fiscalYear':2563,'leadOfficer':{'name':'A','position':'B'},"
                    + "'leadAssignedOn':'2019-10-15'}"), "officer77@test");
        }
        officer = basic(userWith("officer77@test", Role.PROVINCIAL_OFFICER, 77, null));
        admin = basic(admin());
    }

    // ---- 500s seen -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "*/json"})
    void a_wildcard_content_type_is_415(String contentType) throws Exception {
        long before = eventsInStore();

        RawHttp.Reply reply = postMeeting(MEETING.getBytes(StandardCharsets.UTF_8), "Content-Type: " + contentType);

        assertProblem(reply, 415);
        assertThat(reply.json().get("type").asText()).isEqualTo("urn:oneplan:problem:unsupported-media-type");
        assertThat(eventsInStore()).isEqualTo(before);
    }

    @Test
    void json_in_another_charset_than_utf8_is_415() throws Exception {
        RawHttp.Reply reply = postMeeting(MEETING.getBytes(StandardCharsets.ISO_8859_1),
                "Content-Type: application/json; charset=ISO-8859-1");

        assertProblem(reply, 415);
    }

    @Test
    void a_repeated_key_is_400_naming_it() throws Exception {
        String body = MEETING.replace("{", "{\"meetingNumber\":\"x\",");

        RawHttp.Reply reply = postMeeting(body.getBytes(StandardCharsets.UTF_8), "Content-Type: application/json");

        assertInvalid(reply, "meetingNumber", "duplicate-key");
    }

    @Test
    void a_repeated_key_with_other_fields_missing_is_400_too() throws Exception {
        RawHttp.Reply reply = postMeeting("{\"meetingNumber\":\"1/2563\",\"meetingNumber\":\"x\"}"
                .getBytes(StandardCharsets.UTF_8), "Content-Type: application/json");

        assertInvalid(reply, "meetingNumber", "duplicate-key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "%zz", "%C0%AF", "%ED%A0%80", "a%01b"})
    void a_query_parameter_that_is_not_text_is_400_naming_it(String value) throws Exception {
        RawHttp.Reply reply = RawHttp.send(serverPort, "GET", "/api/admin/personal-data-access?accessedBy=" + value,
                null, "Authorization: " + admin);

        assertInvalid(reply, "accessedBy", "text");
    }

    @Test
    void the_error_page_asked_for_directly_is_404() throws Exception {
        RawHttp.Reply reply = RawHttp.send(serverPort, "GET", "/error", null, "Authorization: " + admin);

        assertProblem(reply, 404);
    }

    // ---- Bad input that was accepted -------------------------------------------------------------------------

    @Test
    void an_overlong_utf8_sequence_is_400_naming_the_field() throws Exception {
        long before = eventsInStore();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(MEETING.replace("Vice governor", "Vice").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("Vice") + 4;
        ByteArrayOutputStream overlong = new ByteArrayOutputStream();
        overlong.write(bytes, 0, at);
        overlong.writeBytes(new byte[]{(byte) 0xC0, (byte) 0xAF});
        overlong.write(bytes, at, bytes.length - at);

        RawHttp.Reply reply = postMeeting(overlong.toByteArray(), "Content-Type: application/json");

        assertInvalid(reply, "chair", "utf-8");
        assertThat(eventsInStore()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"}", "{\"x\":1}", " []", " 1"})
    void content_after_the_body_is_400(String trailing) throws Exception {
        RawHttp.Reply reply = postMeeting((MEETING + trailing).getBytes(StandardCharsets.UTF_8),
                "Content-Type: application/json");

        assertProblem(reply, 400);
        assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly("body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "\"0\"", "2", "\"1\""})
    void an_enum_given_as_a_number_is_400_naming_the_field(String number) throws Exception {
        RawHttp.Reply reply = postMeeting(MEETING.replace("\"WORKING_GROUP\"", number).getBytes(StandardCharsets.UTF_8),
                "Content-Type: application/json");

        assertInvalid(reply, "meetingType", "one-of");
    }

    @Test
    void a_decimal_in_a_whole_number_field_is_400_naming_it() throws Exception {
        RawHttp.Reply reply = RawHttp.send(serverPort, "POST", "/api/drives", ("{\"provinceCode\":77,"
                + "\"fiscalYear\":2564.5,\"leadOfficer\":{\"name\":\"A\",\"position\":\"B\"},"
                + "\"leadAssignedOn\":\"2020-10-15\"}").getBytes(StandardCharsets.UTF_8),
                "Content-Type: application/json", "Authorization: " + officer);

        assertInvalid(reply, "fiscalYear", "format");
    }

    // ---- Every error is a problem body -----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/api/drives/%zz", "/api/drives/%00", "/api/drives/%", "//api/drives", "/api/drives/../x",
            "/api/drives;x=y", "/api/drives/77-2563/%2e%2e/x", "/api/drives/a%2Fb", "/api/drives\\x"})
    void a_path_refused_before_the_application_is_a_problem(String path) throws Exception {
        RawHttp.Reply reply = RawHttp.send(serverPort, "GET", path, null, "Authorization: " + admin);

        assertThat(reply.status()).as(path + ": " + reply.text()).isBetween(400, 499);
        assertProblem(reply, reply.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACE", "FOO", "CONNECT", "PROPFIND"})
    void a_method_this_service_does_not_take_is_405_with_a_problem(String method) throws Exception {
        RawHttp.Reply reply = RawHttp.send(serverPort, method, "/api/drives", null, "Authorization: " + admin);

        assertProblem(reply, 405);
        assertThat(reply.header("Allow")).contains("GET", "POST");
    }

    @Test
    void a_body_too_large_is_413_in_utf8_with_the_security_headers() throws Exception {
        byte[] body = ("{\"chair\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        RawHttp.Reply reply = postMeeting(body, "Content-Type: application/json");

        assertProblem(reply, 413);
        assertThat(reply.header("Content-Type")).doesNotContainIgnoringCase("ISO-8859-1");
    }

    @Test
    void answers_of_every_layer_carry_the_same_security_headers() throws Exception {
        RawHttp.Reply ok = RawHttp.send(serverPort, "GET", "/api/me", null, "Authorization: " + officer);
        RawHttp.Reply unauthenticated = RawHttp.send(serverPort, "GET", "/api/me", null);
        RawHttp.Reply tomcat = RawHttp.send(serverPort, "GET", "/api/%zz", null);
        RawHttp.Reply firewall = RawHttp.send(serverPort, "GET", "//api", null);

        for (RawHttp.Reply reply : new RawHttp.Reply[]{ok, unauthenticated, tomcat, firewall}) {
            assertThat(reply.header("Content-Security-Policy")).as("%s", reply.status())
                    .isEqualTo(ok.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
        }
        assertThat(ok.status()).isEqualTo(200);
    }

    // ----------------------------------------------------------------------------------------------------------

    private RawHttp.Reply postMeeting(byte[] body, String... headers) throws Exception {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 1);
        all[headers.length] = "Authorization: " + officer;
        return RawHttp.send(serverPort, "POST", DRIVE + "/meetings", body, all);
    }

    private static void assertInvalid(RawHttp.Reply reply, String field, String rule) {
        assertProblem(reply, 400);
        JsonNode errors = reply.json().get("errors");
        assertThat(errors).as(reply.text()).isNotNull();
        assertThat(errors.get(0).get("field").asText()).as(reply.text()).isEqualTo(field);
        assertThat(errors.get(0).get("rule").asText()).as(reply.text()).isEqualTo(rule);
    }

    static void assertProblem(RawHttp.Reply reply, int status) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.text()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem).as(reply.text()).isNotNull();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(reply.header("Content-Security-Policy")).as("CSP on %s", status).isNotBlank();
        assertThat(reply.header("Referrer-Policy")).as("Referrer-Policy on %s", status).isEqualTo("no-referrer");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private static String basic(Login login) {
        return "Basic " + Base64.getEncoder().encodeToString((login.username() + ":" + login.password())
                .getBytes(StandardCharsets.UTF_8));
    }
}
