package th.go.mol.oneplan.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.personaldata.AccessReason;
import th.go.mol.oneplan.app.security.personaldata.PersonalDataAccess;
import th.go.mol.oneplan.app.security.personaldata.PersonalDataAccessLog;
import th.go.mol.oneplan.app.security.personaldata.UnmaskedReads;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads of unmasked personal data are for inspectors who give a reason, and each is recorded before anything
 * is shown; the ministry pages through the record. (The endpoints that show personal data come with the
 * worker register; here the service they will call is driven directly, the audit endpoint through HTTP.)
 */
class PersonalDataAccessIT extends LedgerIntegrationTest {
    private static final String THAI_REASON = "ตรวจสอบเรื่องร้องเรียนเลขที่ 12/2567";

    @Autowired
    UnmaskedReads unmaskedReads;
    @Autowired
    PersonalDataAccessLog accessLog;

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_inspectors_read_with_a_reason_is_recorded_with_who_whose_when_why_and_where() {
        String inspector = unique("inspector");
        actAs(new Caller(inspector, Optional.of(Role.INSPECTOR), null, null, false));

        PersonalDataAccess read = unmaskedReads.authorize(request("/api/workers/w-1",
                URLEncoder.encode(THAI_REASON, StandardCharsets.UTF_8).replace("+", "%20")), "informal-worker", "w-1");

        assertThat(read.reason()).isEqualTo(THAI_REASON);
        var row = jdbc.queryForMap("select accessed_by, role, subject_kind, subject_id, reason, endpoint, accessed_at "
                + "from personal_data_access where id = ?", read.id());
        assertThat(row.get("accessed_by")).isEqualTo(inspector);
        assertThat(row.get("role")).isEqualTo("INSPECTOR");
        assertThat(row.get("subject_kind")).isEqualTo("informal-worker");
        assertThat(row.get("subject_id")).isEqualTo("w-1");
        assertThat(row.get("reason")).isEqualTo(THAI_REASON);
        assertThat(row.get("endpoint")).isEqualTo("GET /api/workers/w-1");
        assertThat(row.get("accessed_at")).isNotNull();
    }

    @Test
    void without_a_reason_of_10_to_500_characters_nothing_is_read_or_recorded() {
        String inspector = unique("inspector");
        actAs(new Caller(inspector, Optional.of(Role.INSPECTOR), null, null, false));

        for (String reason : new String[] {null, "   ", "too short", "x".repeat(501)}) {
            assertThatThrownBy(() -> unmaskedReads.authorize(request("/api/workers/w-2", reason), "informal-worker", "w-2"))
                    .isInstanceOfSatisfying(InvalidFields.class, e -> assertThat(e.errors())
                            .extracting(th.go.mol.oneplan.app.web.FieldError::field).containsExactly(AccessReason.HEADER));
        }
        assertThat(unmaskedReads.authorize(request("/api/workers/w-2", "ten chars!"), "informal-worker", "w-2")
                .reason()).isEqualTo("ten chars!");
        assertThat(recordedBy(inspector)).isEqualTo(1);
    }

    @Test
    void only_an_inspector_reads_unmasked_data() {
        for (Caller other : List.of(
                new Caller(unique("officer"), Optional.of(Role.PROVINCIAL_OFFICER), 92, null, false),
                new Caller(unique("staff"), Optional.of(Role.CENTRE_STAFF), 92, 920606, false),
                new Caller(unique("ministry"), Optional.of(Role.MINISTRY_ADMIN), null, null, false),
                new Caller(unique("nobody"), Optional.empty(), null, null, false))) {
            actAs(other);
            assertThatThrownBy(() -> unmaskedReads.authorize(request("/api/workers/w-3", "checking a complaint"),
                    "informal-worker", "w-3")).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(recordedBy(other.name())).isZero();
        }
    }

    @Test
    void the_ministry_pages_through_the_reads_by_user_and_time() {
        String inspector = unique("inspector");
        Caller caller = new Caller(inspector, Optional.of(Role.INSPECTOR), null, null, false);
        for (int i = 1; i <= 3; i++) {
            accessLog.record(caller, "informal-worker", "w-" + i, "follow-up of complaint " + i, "GET /api/workers/w-" + i);
        }

        JsonNode all = exchange(HttpMethod.GET, "/api/admin/personal-data-access?accessedBy=" + inspector, null,
                admin().basic()).body();
        assertThat(all.get("totalEntries").asLong()).isEqualTo(3);
        assertThat(all.get("entries").findValuesAsText("subjectId")).containsExactly("w-3", "w-2", "w-1");
        assertThat(all.get("entries").get(0).get("reason").asText()).isEqualTo("follow-up of complaint 3");
        assertThat(all.get("entries").get(0).get("accessedBy").asText()).isEqualTo(inspector);

        JsonNode page = exchange(HttpMethod.GET, "/api/admin/personal-data-access?accessedBy=" + inspector
                + "&page=1&size=2", null, admin().basic()).body();
        assertThat(page.get("entries").findValuesAsText("subjectId")).containsExactly("w-1");
        assertThat(exchange(HttpMethod.GET, "/api/admin/personal-data-access?accessedBy=" + inspector
                + "&from=2000-01-01&to=2000-12-31", null, admin().basic()).body().get("totalEntries").asLong()).isZero();
        assertThat(exchange(HttpMethod.GET, "/api/admin/personal-data-access?accessedBy=" + inspector
                + "&from=2000-01-01T00:00:00Z", null, admin().basic()).body().get("totalEntries").asLong()).isEqualTo(3);

        Reply badDate = exchange(HttpMethod.GET, "/api/admin/personal-data-access?from=yesterday", null, admin().basic());
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body().get("errors").findValuesAsText("field")).containsExactly("from");
        assertThat(exchange(HttpMethod.GET, "/api/admin/personal-data-access?size=0", null, admin().basic()).status())
                .isEqualTo(400);
        Login reader = userWith("inspector@pdpa", Role.INSPECTOR, null, null);
        assertThat(exchange(HttpMethod.GET, "/api/admin/personal-data-access", null, reader.basic()).status())
                .isEqualTo(403);
        assertThat(exchange(HttpMethod.GET, "/api/admin/personal-data-access", null, h -> { }).status()).isEqualTo(401);
    }

    private long recordedBy(String name) {
        return jdbc.queryForObject("select count(*) from personal_data_access where accessed_by = ?", Long.class, name);
    }

    private static void actAs(Caller caller) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(caller, null, List.of()));
    }

    private static MockHttpServletRequest request(String path, String reason) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (reason != null) {
            request.addHeader(AccessReason.HEADER, reason);
        }
        return request;
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@pdpa";
    }
}
