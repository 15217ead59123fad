package th.go.mol.oneplan.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Logging in once (built-in mode): {@code POST /api/login} checks the password and answers a bearer token that
 * stands for it for a few minutes, so later requests cost no password check. A token ends when it expires, and
 * earlier when the user's password is changed or set or the user is disabled; a forged or altered token is refused;
 * wrong passwords at the login lock the name as they do with HTTP Basic. Every user here is its own.
 */
class LoginTokenIT extends LedgerIntegrationTest {

    @Test
    void a_login_gives_a_token_that_stands_for_the_password_in_later_requests() {
        Login reader = user("token.reader@test", false);

        Reply login = login("Token.Reader@TEST", reader.password());

        assertThat(login.status()).as("%s", login.body()).isEqualTo(200);
        assertThat(login.body().get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(login.body().get("username").asText()).as("the name as the ledger spells it")
                .isEqualTo("token.reader@test");
        assertThat(login.body().get("expiresIn").asLong()).isEqualTo(15 * 60);
        assertThat(Instant.parse(login.body().get("expiresAt").asText()))
                .isCloseTo(Instant.now().plus(Duration.ofMinutes(15)), within(Duration.ofMinutes(1)));
        assertThat(login.body().get("passwordChangeRequired").asBoolean()).isFalse();
        Consumer<HttpHeaders> token = bearer(login.body().get("accessToken").asText());
        Reply me = exchange(HttpMethod.GET, "/api/me", null, token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asText()).isEqualTo("token.reader@test");
        assertThat(me.body().get("role").asText()).isEqualTo("INSPECTOR");
        assertThat(exchange(HttpMethod.GET, "/api/drives?fiscalYear=2562", null, token).status()).isEqualTo(200);

        Reply byBasic = exchange(HttpMethod.POST, "/api/login", null, reader.basic());
        assertThat(byBasic.status()).as("HTTP Basic instead of a body: %s", byBasic.body()).isEqualTo(200);
        assertThat(exchange(HttpMethod.GET, "/api/me", null, bearer(byBasic.body().get("accessToken").asText()))
                .status()).isEqualTo(200);

        Reply renewed = exchange(HttpMethod.POST, "/api/login", null, token);
        assertThat(renewed.status()).as("a token does not renew itself: the password is needed").isEqualTo(401);
    }

    @Test
    void an_expired_altered_or_foreign_token_is_refused() throws Exception {
        Login reader = user("token.forger@test", false);
        String real = login(reader.username(), reader.password()).body().get("accessToken").asText();
        byte[] installationKey = jdbc.queryForObject("select secret from login_token_key where id = 1", byte[].class);
        byte[] otherKey = new byte[32];
        new SecureRandom().nextBytes(otherKey);

        String expired = sign(installationKey, claimsOf(real).expirationTime(Date.from(Instant.now().minusSeconds(120)))
                .issueTime(Date.from(Instant.now().minusSeconds(20 * 60))).build());
        String foreign = sign(otherKey, claimsOf(real).build());
        String[] parts = real.split("\\.");
        ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        payload.put("sub", ADMIN);
        String otherSubject = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsBytes(payload)) + "." + parts[2];
        String badSignature = parts[0] + "." + parts[1] + "." + (parts[2].startsWith("A") ? "B" : "A")
                + parts[2].substring(1);

        assertThat(exchange(HttpMethod.GET, "/api/me", null, bearer(real)).status()).isEqualTo(200);
        for (String refused : new String[]{expired, foreign, otherSubject, badSignature, "not-a-token"}) {
            assertInvalidToken(exchange(HttpMethod.GET, "/api/me", null, bearer(refused)));
        }
    }

    @Test
    void changing_or_setting_the_password_ends_the_tokens_issued_before() {
        Login officer = user("token.changer@test", false);
        Consumer<HttpHeaders> first = tokenOf(officer.username(), officer.password());

        Reply changed = exchange(HttpMethod.POST, "/api/me/password", json("{'currentPassword':'"
                + officer.password() + "','newPassword':'token-changer-own-password'}"), first);
        assertThat(changed.status()).as("%s", changed.body()).isEqualTo(204);
        assertInvalidToken(exchange(HttpMethod.GET, "/api/me", null, first));

        Consumer<HttpHeaders> second = tokenOf(officer.username(), "token-changer-own-password");
        assertThat(exchange(HttpMethod.GET, "/api/me", null, second).status()).isEqualTo(200);
        Reply reset = exchange(HttpMethod.POST, "/api/admin/users/" + officer.username() + "/password",
                json("{'password':'set-by-the-administrator','mustChangePassword':false}"), admin().basic());
        assertThat(reset.status()).isEqualTo(204);
        assertInvalidToken(exchange(HttpMethod.GET, "/api/me", null, second));
    }

    @Test
    void disabling_the_user_ends_their_tokens_for_good() {
        Login leaver = user("token.leaver@test", false);
        Consumer<HttpHeaders> token = tokenOf(leaver.username(), leaver.password());
        assertThat(exchange(HttpMethod.GET, "/api/me", null, token).status()).isEqualTo(200);

        assertThat(setEnabled(leaver.username(), false).status()).isEqualTo(200);
        assertInvalidToken(exchange(HttpMethod.GET, "/api/me", null, token));
        assertThat(login(leaver.username(), leaver.password()).status()).as("nor may they log in").isEqualTo(401);

        assertThat(setEnabled(leaver.username(), true).status()).isEqualTo(200);
        assertInvalidToken(exchange(HttpMethod.GET, "/api/me", null, token));
        assertThat(exchange(HttpMethod.GET, "/api/me", null, tokenOf(leaver.username(), leaver.password())).status())
                .as("a new login").isEqualTo(200);
    }

    @Test
    void a_user_told_to_change_their_password_gets_a_token_good_only_for_changing_it() {
        Login newcomer = user("token.newcomer@test", true);
        Reply login = login(newcomer.username(), newcomer.password());
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body().get("passwordChangeRequired").asBoolean()).isTrue();
        Consumer<HttpHeaders> token = bearer(login.body().get("accessToken").asText());

        Reply refused = exchange(HttpMethod.GET, "/api/drives?fiscalYear=2562", null, token);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("rule").asText()).isEqualTo("password-change-required");
        assertThat(exchange(HttpMethod.POST, "/api/me/password", json("{'currentPassword':'" + newcomer.password()
                + "','newPassword':'newcomer-own-password'}"), token).status()).isEqualTo(204);

        Reply again = login(newcomer.username(), "newcomer-own-password");
        assertThat(again.body().get("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(exchange(HttpMethod.GET, "/api/drives?fiscalYear=2562", null,
                bearer(again.body().get("accessToken").asText())).status()).isEqualTo(200);
    }

    @Test
    void wrong_passwords_at_the_login_are_refused_alike_and_lock_the_name() {
        Login officer = user("token.guessed@test", false);
        Reply unknown = login("nobody.at.all@test", "whatever-password");
        assertUnauthenticated(unknown, "the credentials sent were not accepted");
        for (int i = 0; i < 10; i++) {
            assertUnauthenticated(login(officer.username(), "guess-number-" + i),
                    "the credentials sent were not accepted");
        }

        Reply locked = login(officer.username(), officer.password());
        assertThat(locked.status()).as("%s", locked.body()).isEqualTo(429);
        assertThat(locked.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(locked.body().get("type").asText()).isEqualTo("urn:oneplan:problem:too-many-failed-logins");
        assertThat(Long.parseLong(locked.headers().getFirst("Retry-After"))).isPositive();
        assertThat(exchange(HttpMethod.GET, "/api/me", null, officer.basic()).status())
                .as("HTTP Basic shares the lock").isEqualTo(429);
    }

    @Test
    void a_login_without_credentials_or_with_half_of_them_is_refused() {
        assertUnauthenticated(exchange(HttpMethod.POST, "/api/login", null, h -> { }), "this request needs credentials");
        Reply noPassword = exchange(HttpMethod.POST, "/api/login", json("{'username':'token.reader@test'}"), h -> { });
        assertThat(noPassword.status()).isEqualTo(400);
        assertThat(noPassword.body().get("errors").findValuesAsText("field")).containsExactly("password");
        assertThat(exchange(HttpMethod.POST, "/api/login", json("{'username':'a','password':'b','role':'x'}"),
                h -> { }).status()).as("unknown fields").isEqualTo(400);
    }

    private Login user(String username, boolean mustChangePassword) {
        Login login = new Login(username, passwordOf(username));
        Reply created = exchange(HttpMethod.POST, "/api/admin/users", json("{'username':'" + username + "','password':'"
                + login.password() + "','role':'INSPECTOR','mustChangePassword':" + mustChangePassword + "}"),
                admin().basic());
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        return login;
    }

    private Reply login(String username, String password) {
        return exchange(HttpMethod.POST, "/api/login",
                JSON.valueToTree(Map.of("username", username, "password", password)).toString(), h -> { });
    }

    private Consumer<HttpHeaders> tokenOf(String username, String password) {
        Reply login = login(username, password);
        assertThat(login.status()).as("%s", login.body()).isEqualTo(200);
        return bearer(login.body().get("accessToken").asText());
    }

    private Reply setEnabled(String username, boolean enabled) {
        return exchange(HttpMethod.PUT, "/api/admin/users/" + username,
                json("{'role':'INSPECTOR','enabled':" + enabled + "}"), admin().basic());
    }

    private static Consumer<HttpHeaders> bearer(String token) {
        return h -> h.setBearerAuth(token);
    }

    private static JWTClaimsSet.Builder claimsOf(String token) throws Exception {
        return new JWTClaimsSet.Builder(SignedJWT.parse(token).getJWTClaimsSet());
    }

    private static String sign(byte[] key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    private static void assertInvalidToken(Reply reply) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(401);
        assertThat(reply.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(reply.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(reply.body().get("type").asText()).isEqualTo("urn:oneplan:problem:unauthenticated");
    }

    private static void assertUnauthenticated(Reply reply, String detail) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(401);
        assertThat(reply.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=");
        assertThat(reply.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = reply.body();
        assertThat(problem.get("type").asText()).isEqualTo("urn:oneplan:problem:unauthenticated");
        assertThat(problem.get("detail").asText()).startsWith(detail);
        assertThat(problem.get("instance").asText()).isEqualTo("/api/login");
    }
}
