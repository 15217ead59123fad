package th.go.mol.oneplan.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code oneplan.security.mode=jwt}: the ledger as an OAuth2 resource server. The identity provider is played by
 * an RSA key pair made here; its public key is what {@code public-key-location} points at. Tokens name the caller
 * ({@code preferred_username}, else {@code sub}), the role ({@code role} or {@code roles}) and the scope
 * ({@code province_code}, {@code subdistrict_code}). Its own Spring context (and database); Phang Nga (82) and
 * Phuket (83), FY 2564-2565.
 */
@TestPropertySource(properties = "oneplan.security.mode=jwt")
class JwtModeIT extends LedgerIntegrationTest {
    private static final KeyPair PROVIDER = keyPair();
    private static final KeyPair IMPOSTOR = keyPair();

    @LocalServerPort
    int jwtPort;

    @DynamicPropertySource
    static void theProvidersPublicKey(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> publicKeyFile(PROVIDER));
    }

    @Test
    void an_officers_token_records_for_their_province_and_the_events_name_them() {
        Consumer<HttpHeaders> officer = bearer(token(PROVIDER, Map.of("preferred_username", "officer@phangnga",
                "sub", "6f1c2a", "role", "PROVINCIAL_OFFICER", "province_code", 82), Duration.ofMinutes(5)));

        Reply started = exchange(HttpMethod.POST, "/api/drives", json("{'provinceCode':82,'fiscalYear':2564,"
                + "'leadOfficer':{'name':'Lead','position':'Provincial Labour head'},'leadAssignedOn':'2020-10-15'}"),
                officer);

        assertThat(started.status()).as("%s", started.body()).isEqualTo(201);
        Consumer<HttpHeaders> inspector = bearer(token(PROVIDER, Map.of("sub", "inspector-7",
                "roles", List.of("offline_access", "INSPECTOR", "MINISTRY_ADMIN")), Duration.ofMinutes(5)));
        JsonNode audit = awaitAs(inspector, "/api/drives/82-2564/audit");
        assertThat(audit.get("entries").get(0).get("recordedBy").asText()).isEqualTo("officer@phangnga");
        // The detail is another projection than the audit trail: wait for it too, as the officer.
        assertThat(awaitAs(officer, "/api/drives/82-2564").get("driveId").asText()).isEqualTo("82-2564");
    }

    @Test
    void the_role_and_scope_in_the_token_decide_like_a_built_in_users() {
        Consumer<HttpHeaders> officerElsewhere = bearer(token(PROVIDER, Map.of("preferred_username", "officer@phuket",
                "role", "PROVINCIAL_OFFICER", "province_code", "83"), Duration.ofMinutes(5)));
        Consumer<HttpHeaders> inspector = bearer(token(PROVIDER, Map.of("sub", "inspector-7",
                "roles", List.of("offline_access", "INSPECTOR", "MINISTRY_ADMIN")), Duration.ofMinutes(5)));
        long before = eventsInStore();

        Reply outside = exchange(HttpMethod.POST, "/api/drives/82-2564/meetings", json("{'meetingNumber':'1/2564',"
                + "'meetingType':'OTHER','meetingDate':'2020-11-01','chair':'C'}"), officerElsewhere);
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.body().get("detail").asText()).contains("you record for province 83");
        assertThat(exchange(HttpMethod.POST, "/api/drives", json("{'provinceCode':82,'fiscalYear':2565,"
                + "'leadOfficer':{'name':'L','position':'P'},'leadAssignedOn':'2021-10-15'}"), officerElsewhere).status())
                .isEqualTo(403);
        assertThat(exchange(HttpMethod.POST, "/api/drives/82-2564/meetings", "{}", inspector).status())
                .as("the first known role of 'roles' wins: INSPECTOR").isEqualTo(403);
        assertThat(exchange(HttpMethod.GET, "/api/admin/projections", null, inspector).status()).isEqualTo(403);
        assertThat(eventsInStore()).isEqualTo(before);

        JsonNode me = exchange(HttpMethod.GET, "/api/me", null, inspector).body();
        assertThat(me.get("username").asText()).as("no preferred_username: sub").isEqualTo("inspector-7");
        assertThat(me.get("role").asText()).isEqualTo("INSPECTOR");
        assertThat(exchange(HttpMethod.GET, "/api/me", null, officerElsewhere).body().get("provinceCode").asInt())
                .isEqualTo(83);
    }

    @Test
    void there_are_no_pages_without_passwords_to_log_in_with() {
        Consumer<HttpHeaders> officerElsewhere = bearer(token(PROVIDER, Map.of("preferred_username", "officer@phuket",
                "role", "PROVINCIAL_OFFICER", "province_code", "83"), Duration.ofMinutes(5)));
        // Outside the API's description, so not through the contract-checking client.
        RestClient plain = RestClient.builder().baseUrl("http://127.0.0.1:" + jwtPort)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                }).build();

        assertThat(plain.get().uri("/drives/82-2564").headers(officerElsewhere).retrieve().toBodilessEntity()
                .getStatusCode().value()).as("no drive page to read another province by").isEqualTo(404);
        assertThat(plain.get().uri("/login").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void a_token_without_a_known_role_only_learns_who_it_is() {
        Consumer<HttpHeaders> nobody = bearer(token(PROVIDER, Map.of("preferred_username", "guest",
                "roles", List.of("offline_access")), Duration.ofMinutes(5)));

        JsonNode me = exchange(HttpMethod.GET, "/api/me", null, nobody).body();
        assertThat(me.get("username").asText()).isEqualTo("guest");
        assertThat(me.has("role")).isFalse();
        Reply refused = exchange(HttpMethod.GET, "/api/drives?fiscalYear=2564", null, nobody);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("rule").asText()).isEqualTo("no-role");
    }

    @Test
    void an_administrators_token_administers_but_there_is_no_user_store_to_manage() {
        Consumer<HttpHeaders> ministry = bearer(token(PROVIDER, Map.of("preferred_username", "ops@mol",
                "role", "MINISTRY_ADMIN"), Duration.ofMinutes(5)));

        assertThat(exchange(HttpMethod.GET, "/api/admin/projections", null, ministry).status()).isEqualTo(200);
        assertThat(exchange(HttpMethod.GET, "/api/admin/personal-data-access", null, ministry).status()).isEqualTo(200);
        assertThat(exchange(HttpMethod.GET, "/api/admin/users", null, ministry).status()).isEqualTo(404);
        assertThat(exchange(HttpMethod.POST, "/api/me/password", "{}", ministry).status()).isEqualTo(404);
        assertThat(exchange(HttpMethod.POST, "/api/login", json("{'username':'admin','password':'"
                + "test-only-admin-password'}"), h -> { }).status()).as("no login of our own").isEqualTo(404);
    }

    @Test
    void forged_expired_missing_or_basic_credentials_are_401() {
        Map<String, Object> claims = Map.of("preferred_username", "officer@phangnga", "role", "PROVINCIAL_OFFICER",
                "province_code", 82);
        long before = eventsInStore();
        String meeting = json("{'meetingNumber':'9/2564','meetingType':'OTHER','meetingDate':'2020-11-01','chair':'C'}");

        for (Consumer<HttpHeaders> rejected : List.of(bearer(token(IMPOSTOR, claims, Duration.ofMinutes(5))),
                bearer(token(PROVIDER, claims, Duration.ofMinutes(-10))), bearer("not.a.jwt"),
                bearer(token(PROVIDER, Map.of("preferred_username", "officer@phangnga", "role", "PROVINCIAL_OFFICER",
                        "province_code", "Phang Nga"), Duration.ofMinutes(5))))) {
            Reply reply = exchange(HttpMethod.POST, "/api/drives/82-2564/meetings", meeting, rejected);
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer error=\"invalid_token\"");
            assertThat(reply.body().get("type").asText()).isEqualTo("urn:oneplan:problem:unauthenticated");
        }
        Reply anonymous = exchange(HttpMethod.GET, "/api/drives?fiscalYear=2564", null, h -> { });
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        assertThat(exchange(HttpMethod.GET, "/api/me", null, new Login("admin", "test-only-admin-password").basic())
                .status()).as("no built-in users in jwt mode").isEqualTo(401);
        assertThat(exchange(HttpMethod.GET, "/actuator/health", null, h -> { }).status()).isEqualTo(200);
        assertThat(eventsInStore()).isEqualTo(before);
    }

    private JsonNode awaitAs(Consumer<HttpHeaders> who, String path) {
        JsonNode[] last = new JsonNode[1];
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Reply r = exchange(HttpMethod.GET, path, null, who);
            last[0] = r.body();
            return r.status() == 200;
        });
        return last[0];
    }

    private static Consumer<HttpHeaders> bearer(String token) {
        return h -> h.setBearerAuth(token);
    }

    private static String token(KeyPair signer, Map<String, Object> claims, Duration validFor) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer("https://sso.mol.example").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validFor)));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) signer.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as a PEM file, which is what an identity provider publishes and the setting reads. */
    private static String publicKeyFile(KeyPair keys) {
        try {
            Path file = Files.createTempFile("oneplan-jwt-", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
