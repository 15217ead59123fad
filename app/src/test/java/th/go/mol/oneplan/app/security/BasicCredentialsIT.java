package th.go.mol.oneplan.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP Basic credentials are checked with bcrypt once and then remembered for a few minutes, but never past a
 * change that matters: the next request after a password change, a password set by an administrator, a disabled
 * user or a locked name is decided as if nothing had been remembered. Every user here is its own.
 */
class BasicCredentialsIT extends LedgerIntegrationTest {

    @Test
    void after_a_password_change_the_old_password_fails_at_once_and_the_new_one_works() {
        Login officer = user("basic.changer@test");
        assertThat(me(officer)).isEqualTo(200);
        assertThat(me(officer)).as("remembered").isEqualTo(200);

        Reply changed = exchange(HttpMethod.POST, "/api/me/password", json("{'currentPassword':'" + officer.password()
                + "','newPassword':'basic-changer-own-password'}"), officer.basic());
        assertThat(changed.status()).as("%s", changed.body()).isEqualTo(204);

        assertThat(me(officer)).as("the old password").isEqualTo(401);
        Login renewed = new Login(officer.username(), "basic-changer-own-password");
        assertThat(me(renewed)).isEqualTo(200);
        assertThat(me(renewed)).isEqualTo(200);

        assertThat(exchange(HttpMethod.POST, "/api/admin/users/" + officer.username() + "/password",
                json("{'password':'set-by-the-administrator','mustChangePassword':false}"), admin().basic()).status())
                .isEqualTo(204);
        assertThat(me(renewed)).as("a password set by an administrator replaces it at once").isEqualTo(401);
        assertThat(me(new Login(officer.username(), "set-by-the-administrator"))).isEqualTo(200);
    }

    @Test
    void a_disabled_user_is_refused_at_once() {
        Login leaver = user("basic.leaver@test");
        assertThat(me(leaver)).isEqualTo(200);
        assertThat(me(leaver)).isEqualTo(200);

        assertThat(setEnabled(leaver.username(), false).status()).isEqualTo(200);
        assertThat(me(leaver)).isEqualTo(401);

        assertThat(setEnabled(leaver.username(), true).status()).isEqualTo(200);
        assertThat(me(leaver)).as("enabled again").isEqualTo(200);
    }

    @Test
    void a_locked_name_is_refused_even_with_credentials_verified_a_moment_ago() {
        Login officer = user("basic.locked@test");
        assertThat(me(officer)).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            assertThat(me(new Login(officer.username(), "guess-number-" + i))).isEqualTo(401);
        }
        assertThat(me(officer)).isEqualTo(429);
    }

    @Test
    void a_role_change_applies_to_remembered_credentials_at_the_next_request() {
        Login reader = user("basic.promoted@test");
        assertThat(exchange(HttpMethod.GET, "/api/admin/users", null, reader.basic()).status()).isEqualTo(403);

        assertThat(exchange(HttpMethod.PUT, "/api/admin/users/" + reader.username(),
                json("{'role':'MINISTRY_ADMIN','enabled':true}"), admin().basic()).status()).isEqualTo(200);

        assertThat(exchange(HttpMethod.GET, "/api/admin/users", null, reader.basic()).status()).isEqualTo(200);
    }

    private Login user(String username) {
        Login login = new Login(username, passwordOf(username));
        Reply created = exchange(HttpMethod.POST, "/api/admin/users", json("{'username':'" + username + "','password':'"
                + login.password() + "','role':'INSPECTOR','mustChangePassword':false}"), admin().basic());
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        return login;
    }

    private int me(Login login) {
        return exchange(HttpMethod.GET, "/api/me", null, login.basic()).status();
    }

    private Reply setEnabled(String username, boolean enabled) {
        return exchange(HttpMethod.PUT, "/api/admin/users/" + username,
                json("{'role':'INSPECTOR','enabled':" + enabled + "}"), admin().basic());
    }
}
