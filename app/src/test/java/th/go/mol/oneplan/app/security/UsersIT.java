package th.go.mol.oneplan.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in user store through HTTP: a MINISTRY_ADMIN adds users with a role and a real scope, a new user
 * changes the first password before anything else, and role changes and disabling take effect at once.
 */
class UsersIT extends LedgerIntegrationTest {

    @Test
    void an_admin_adds_a_user_who_must_change_the_password_before_anything_else() {
        Reply created = exchange(HttpMethod.POST, "/api/admin/users", json("{'username':'somchai.k',"
                + "'password':'first-password-123','role':'PROVINCIAL_OFFICER','provinceCode':84}"), admin().basic());
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        assertThat(created.headers().getFirst(HttpHeaders.LOCATION)).isEqualTo("/api/admin/users/somchai.k");
        assertThat(created.body().get("mustChangePassword").asBoolean()).isTrue();
        assertThat(created.body().get("createdBy").asText()).isEqualTo("admin");
        Login first = new Login("somchai.k", "first-password-123");

        for (Reply refused : List.of(exchange(HttpMethod.GET, "/api/me", null, first.basic()),
                exchange(HttpMethod.GET, "/api/drives?fiscalYear=2562", null, first.basic()),
                exchange(HttpMethod.POST, "/api/drives/84-2599/meetings", "{}", first.basic()))) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body().get("rule").asText()).isEqualTo("password-change-required");
            assertThat(refused.body().get("detail").asText()).contains("POST /api/me/password");
        }

        Reply wrongCurrent = changePassword(first, "not-my-password", "a-brand-new-password");
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.body().get("errors").findValuesAsText("field")).containsExactly("currentPassword");
        Reply tooShort = changePassword(first, "first-password-123", "short-pass");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body().get("errors").findValuesAsText("rule")).containsExactly("min-length");
        Reply same = changePassword(first, "first-password-123", "first-password-123");
        assertThat(same.body().get("errors").findValuesAsText("rule")).containsExactly("differs");

        assertThat(changePassword(first, "first-password-123", "a-brand-new-password").status()).isEqualTo(204);

        assertThat(exchange(HttpMethod.GET, "/api/me", null, first.basic()).status()).isEqualTo(401);
        Reply me = exchange(HttpMethod.GET, "/api/me", null, new Login("somchai.k", "a-brand-new-password").basic());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asText()).isEqualTo("somchai.k");
        assertThat(me.body().get("role").asText()).isEqualTo("PROVINCIAL_OFFICER");
        assertThat(me.body().get("provinceCode").asInt()).isEqualTo(84);
        assertThat(jdbc.queryForObject("select must_change_password from app_user where username = 'somchai.k'",
                Boolean.class)).isFalse();
    }

    @Test
    void the_list_of_users_shows_roles_and_scopes_but_never_a_password_or_hash() {
        userWith("staff@bangkung", Role.CENTRE_STAFF, null, 920606);

        Reply list = exchange(HttpMethod.GET, "/api/admin/users", null, admin().basic());

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().toString()).doesNotContain("$2a$").doesNotContain("\"password\"")
                .doesNotContainIgnoringCase("hash");
        JsonNode staff = null;
        for (JsonNode user : list.body().get("users")) {
            if (user.get("username").asText().equals("staff@bangkung")) {
                staff = user;
            }
        }
        assertThat(staff).isNotNull();
        assertThat(staff.get("role").asText()).isEqualTo("CENTRE_STAFF");
        assertThat(staff.get("subdistrictCode").asInt()).isEqualTo(920606);
        assertThat(staff.get("provinceCode").asInt()).as("the subdistrict's province").isEqualTo(92);
        assertThat(list.body().get("users").findValuesAsText("username")).contains("admin");
    }

    @Test
    void a_user_name_is_taken_once() {
        String body = json("{'username':'twice@test','password':'long-enough-password','role':'INSPECTOR'}");
        assertThat(exchange(HttpMethod.POST, "/api/admin/users", body, admin().basic()).status()).isEqualTo(201);

        Reply again = exchange(HttpMethod.POST, "/api/admin/users", body, admin().basic());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("rule").asText()).isEqualTo("username-taken");
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{'username':'po@a','password':'long-enough-password','role':'PROVINCIAL_OFFICER'}                       | provinceCode",
            "{'username':'po@b','password':'long-enough-password','role':'PROVINCIAL_OFFICER','provinceCode':99}     | provinceCode",
            "{'username':'po@c','password':'long-enough-password','role':'PROVINCIAL_OFFICER','provinceCode':92,'subdistrictCode':920606} | subdistrictCode",
            "{'username':'cs@a','password':'long-enough-password','role':'CENTRE_STAFF'}                             | subdistrictCode",
            "{'username':'cs@b','password':'long-enough-password','role':'CENTRE_STAFF','subdistrictCode':929999}    | subdistrictCode",
            "{'username':'cs@c','password':'long-enough-password','role':'CENTRE_STAFF','subdistrictCode':920606,'provinceCode':84} | provinceCode",
            "{'username':'in@a','password':'long-enough-password','role':'INSPECTOR','provinceCode':92}              | provinceCode",
            "{'username':'in@b','password':'short','role':'INSPECTOR'}                                               | password",
            "{'username':'in@c','password':'in@c','role':'INSPECTOR'}                                                | password",
            "{'username':'in@d','role':'INSPECTOR'}                                                                  | password",
            "{'username':'x','password':'long-enough-password','role':'INSPECTOR'}                                   | username",
            "{'username':'has space','password':'long-enough-password','role':'INSPECTOR'}                           | username",
            "{'username':'boss@a','password':'long-enough-password','role':'BOSS'}                                   | role",
            "{'username':'boss@b','password':'long-enough-password'}                                                 | role",
            "{'username':'extra@a','password':'long-enough-password','role':'INSPECTOR','isRoot':true}               | isRoot",
    })
    void a_new_user_is_refused_with_each_bad_field_named(String body, String field) {
        Reply refused = exchange(HttpMethod.POST, "/api/admin/users", json(body), admin().basic());

        assertThat(refused.status()).as("%s", refused.body()).isEqualTo(400);
        assertThat(refused.body().get("type").asText()).isEqualTo("urn:oneplan:problem:invalid-input");
        assertThat(refused.body().get("errors").findValuesAsText("field")).contains(field);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username in ('po@a','po@b','po@c','cs@a',"
                + "'cs@b','cs@c','in@a','in@b','in@c','in@d','x','has space','boss@a','boss@b','extra@a')", Long.class))
                .as(body).isZero();
    }

    @Test
    void a_new_role_or_scope_applies_from_the_next_request_and_a_disabled_user_cannot_log_in() {
        Login mover = userWith("mover@test", Role.PROVINCIAL_OFFICER, 84, null);
        assertThat(exchange(HttpMethod.POST, "/api/drives/84-2599/meetings", "{}", mover.basic()).status())
                .as("own province: on to validation").isEqualTo(400);

        Reply moved = exchange(HttpMethod.PUT, "/api/admin/users/mover@test", json("{'role':'PROVINCIAL_OFFICER',"
                + "'provinceCode':86,'enabled':true}"), admin().basic());
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().get("provinceCode").asInt()).isEqualTo(86);
        assertThat(moved.body().get("changedBy").asText()).isEqualTo("admin");
        assertThat(exchange(HttpMethod.POST, "/api/drives/84-2599/meetings", "{}", mover.basic()).status()).isEqualTo(403);

        assertThat(exchange(HttpMethod.PUT, "/api/admin/users/mover@test", json("{'role':'PROVINCIAL_OFFICER',"
                + "'provinceCode':86,'enabled':false}"), admin().basic()).status()).isEqualTo(200);
        assertThat(exchange(HttpMethod.GET, "/api/me", null, mover.basic()).status()).isEqualTo(401);

        assertThat(exchange(HttpMethod.PUT, "/api/admin/users/nobody@test", json("{'role':'INSPECTOR','enabled':true}"),
                admin().basic()).status()).isEqualTo(404);
        Reply badScope = exchange(HttpMethod.PUT, "/api/admin/users/mover@test", json("{'role':'CENTRE_STAFF',"
                + "'enabled':true}"), admin().basic());
        assertThat(badScope.status()).isEqualTo(400);
        assertThat(badScope.body().get("errors").findValuesAsText("field")).contains("subdistrictCode");
    }

    @Test
    void an_admin_sets_a_forgotten_password_which_the_user_must_then_change() {
        Login forgetful = userWith("forgetful@test", Role.INSPECTOR, null, null);

        assertThat(exchange(HttpMethod.POST, "/api/admin/users/forgetful@test/password",
                json("{'password':'temporary-password-1'}"), admin().basic()).status()).isEqualTo(204);

        assertThat(exchange(HttpMethod.GET, "/api/me", null, forgetful.basic()).status()).isEqualTo(401);
        Login temporary = new Login("forgetful@test", "temporary-password-1");
        assertThat(exchange(HttpMethod.GET, "/api/me", null, temporary.basic()).body().get("rule").asText())
                .isEqualTo("password-change-required");
        assertThat(changePassword(temporary, "temporary-password-1", "my-own-password-2").status()).isEqualTo(204);
        assertThat(exchange(HttpMethod.GET, "/api/me", null, new Login("forgetful@test", "my-own-password-2").basic())
                .status()).isEqualTo(200);
    }

    @Test
    void the_last_enabled_admin_cannot_be_disabled_or_demoted() {
        for (String other : jdbc.queryForList("select username from app_user where role = 'MINISTRY_ADMIN' and enabled "
                + "and username <> 'admin'", String.class)) {
            assertThat(exchange(HttpMethod.PUT, "/api/admin/users/" + other, json("{'role':'MINISTRY_ADMIN',"
                    + "'enabled':false}"), admin().basic()).status()).isEqualTo(200);
        }

        for (String change : List.of("{'role':'MINISTRY_ADMIN','enabled':false}", "{'role':'INSPECTOR','enabled':true}")) {
            Reply refused = exchange(HttpMethod.PUT, "/api/admin/users/admin", json(change), admin().basic());
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().get("rule").asText()).isEqualTo("last-admin");
        }
        assertThat(exchange(HttpMethod.GET, "/api/admin/users", null, admin().basic()).status()).isEqualTo(200);
    }

    @Test
    void the_first_admin_was_created_at_start_with_the_configured_password() {
        JsonNode admin = exchange(HttpMethod.GET, "/api/admin/users/admin", null, admin().basic()).body();

        assertThat(admin.get("role").asText()).isEqualTo("MINISTRY_ADMIN");
        assertThat(admin.get("mustChangePassword").asBoolean()).as("a configured password need not be changed").isFalse();
        assertThat(admin.get("createdBy").asText()).isEqualTo("first start");
    }

    private Reply changePassword(Login who, String current, String next) {
        return exchange(HttpMethod.POST, "/api/me/password", json("{'currentPassword':'" + current + "','newPassword':'"
                + next + "'}"), who.basic());
    }
}
