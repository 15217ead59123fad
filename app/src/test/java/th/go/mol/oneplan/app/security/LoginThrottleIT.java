package th.go.mol.oneplan.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed down, on PostgreSQL: after 10 failed logins for a user name within 15 minutes the
 * name is locked for 15 minutes (429 with Retry-After, even with the right password), alike for names that exist
 * and names that do not; a success forgets earlier failures; an administrator setting the password ends a lock. A
 * wrong current password when changing it counts as a failed login, so a token or a page session in the wrong hands
 * is no way round the lock.
 * Attempts are counted before their password is checked, so guesses arriving together are no exception.
 */
class LoginThrottleIT extends LedgerIntegrationTest {
    private static final int MAX_FAILURES = 10;

    private Reply me(Login login) {
        return exchange(HttpMethod.GET, "/api/me", null, login.basic());
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            Reply failed = me(new Login(username, "guess-number-" + i));
            assertThat(failed.status()).as("failure %s of %s: %s", i + 1, username, failed.body()).isEqualTo(401);
        }
    }

    @Test
    void ten_failures_lock_the_name_even_for_the_right_password_until_an_administrator_sets_a_new_one() {
        Login officer = userWith("throttled.officer@test", Role.PROVINCIAL_OFFICER, 92, null);
        failTimes(officer.username(), MAX_FAILURES);

        Reply locked = me(officer);
        assertThat(locked.status()).as("%s", locked.body()).isEqualTo(429);
        assertThat(locked.body().get("type").asText()).isEqualTo("urn:oneplan:problem:too-many-failed-logins");
        assertThat(Long.parseLong(locked.headers().getFirst("Retry-After"))).isBetween(1L, 15 * 60L + 1);
        assertThat(me(userWith("other.officer@test", Role.PROVINCIAL_OFFICER, 92, null)).status())
                .as("another user is not affected").isEqualTo(200);

        Reply reset = exchange(HttpMethod.POST, "/api/admin/users/" + officer.username() + "/password",
                JSON.valueToTree(Map.of("password", "a-new-password-after-lock", "mustChangePassword", false))
                        .toString(), admin().basic());
        assertThat(reset.status()).as("%s", reset.body()).isEqualTo(204);
        assertThat(me(new Login(officer.username(), "a-new-password-after-lock")).status()).isEqualTo(200);
        // Put the test password back for other tests of this JVM.
        exchange(HttpMethod.POST, "/api/admin/users/" + officer.username() + "/password",
                JSON.valueToTree(Map.of("password", officer.password(), "mustChangePassword", false)).toString(),
                admin().basic());
    }

    @Test
    void guessing_the_current_password_with_a_token_in_the_wrong_hands_locks_the_name_as_failed_logins_do() {
        // Given a token of an officer (logged in once; the token, not the password, has gone astray)
        Login officer = userWith("guessed.officer@test", Role.PROVINCIAL_OFFICER, 92, null);
        Reply login = exchange(HttpMethod.POST, "/api/login", null, officer.basic());
        String token = login.body().get("accessToken").asText();

        // When whoever holds it guesses the current password ten times to change it
        for (int i = 0; i < MAX_FAILURES; i++) {
            Reply guess = changeWith(token, "guess-number-" + i);
            assertThat(guess.status()).as("guess %s: %s", i + 1, guess.body()).isEqualTo(400);
            assertThat(guess.body().toString()).contains("currentPassword").contains("mismatch");
        }

        // Then the name is locked: the next try, even with the right password, says so, and logging in waits too
        Reply locked = changeWith(token, officer.password());
        assertThat(locked.status()).isEqualTo(400);
        assertThat(locked.body().toString()).contains("currentPassword").contains("locked");
        assertThat(me(officer).status()).isEqualTo(429);

        // Put the test user back for other tests of this JVM.
        exchange(HttpMethod.POST, "/api/admin/users/" + officer.username() + "/password",
                JSON.valueToTree(Map.of("password", officer.password(), "mustChangePassword", false)).toString(),
                admin().basic());
    }

    private Reply changeWith(String token, String currentPassword) {
        return exchange(HttpMethod.POST, "/api/me/password", JSON.valueToTree(Map.of("currentPassword",
                currentPassword, "newPassword", "guessed-officer-new-password")).toString(),
                headers -> headers.setBearerAuth(token));
    }

    @Test
    void a_name_that_does_not_exist_is_locked_the_same_way_and_the_lock_ends_by_itself() throws Exception {
        // A name of its own on every run: the table outlives a run when the database does.
        String nobody = "nobody." + UUID.randomUUID() + "@test";
        failTimes(nobody, MAX_FAILURES);
        Reply locked = me(new Login(nobody, "one-more-guess"));
        assertThat(locked.status()).as("a lock does not tell whether the user exists: %s", locked.body())
                .isEqualTo(429);
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where username_digest = ?", Long.class,
                digest(nobody))).as("the name is kept only as its digest").isEqualTo(1L);

        // Fifteen minutes later (moved back in the table rather than waited for).
        jdbc.update("update login_throttle set locked_until = now() - interval '1 second',"
                + " window_started_at = now() - interval '16 minutes' where username_digest = ?", digest(nobody));
        assertThat(me(new Login(nobody, "after-the-lock")).status()).isEqualTo(401);
    }

    @Test
    void a_successful_login_forgets_the_failures_before_it() {
        Login officer = userWith("forgetful.typist@test", Role.PROVINCIAL_OFFICER, 92, null);
        failTimes(officer.username(), MAX_FAILURES - 1);
        assertThat(me(officer).status()).isEqualTo(200);
        failTimes(officer.username(), MAX_FAILURES - 1);
        assertThat(me(officer).status()).as("nine and nine failures, a success between them").isEqualTo(200);
    }

    @Test
    void forty_simultaneous_guesses_from_eight_clients_get_no_more_than_ten_passwords_checked() throws Exception {
        Login officer = userWith("raced.officer@test", Role.PROVINCIAL_OFFICER, 92, null);
        int guesses = 40;
        ExecutorService clients = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < guesses; i++) {
                Login guess = new Login(officer.username(), "simultaneous-guess-" + i);
                answers.add(clients.submit(() -> {
                    go.await();
                    return me(guess).status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }

            // A 401 is a password checked and found wrong; a 429 was refused before any check.
            assertThat(statuses).as("every guess is refused, checked or not").containsOnly(401, 429);
            assertThat(statuses.stream().filter(s -> s == 401).count()).as("passwords checked: %s", statuses)
                    .isLessThanOrEqualTo(MAX_FAILURES);
            assertThat(me(officer).status()).as("the name is locked, even for the right password").isEqualTo(429);
        } finally {
            clients.shutdownNow();
            exchange(HttpMethod.POST, "/api/admin/users/" + officer.username() + "/password",
                    JSON.valueToTree(Map.of("password", officer.password(), "mustChangePassword", false)).toString(),
                    admin().basic());
        }
    }

    @Test
    void the_name_is_counted_whatever_its_letter_case() {
        Login officer = userWith("case.typist@test", Role.PROVINCIAL_OFFICER, 92, null);
        for (int i = 0; i < MAX_FAILURES; i++) {
            String spelling = i % 2 == 0 ? "CASE.TYPIST@TEST" : "Case.Typist@Test";
            assertThat(me(new Login(spelling, "guess-number-" + i)).status()).isEqualTo(401);
        }
        assertThat(me(officer).status()).isEqualTo(429);
        exchange(HttpMethod.POST, "/api/admin/users/" + officer.username() + "/password",
                JSON.valueToTree(Map.of("password", officer.password(), "mustChangePassword", false)).toString(),
                admin().basic());
        assertThat(me(officer).status()).isEqualTo(200);
    }

    private static String digest(String username) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(username.getBytes(StandardCharsets.UTF_8)));
    }
}
