package th.go.mol.oneplan.app.security;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.storage.PostgresServer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User names ignore letter case: {@code ADMIN} is the user {@code admin}, so a name that differs from a user's only
 * by case cannot be added (409 {@code username-taken}), and a user logs in with their name in any case and is
 * recorded by it as it was created. An installation that already had such names keeps one of each and disables the
 * others under a new name (Flyway V9).
 */
class UserNamesIT extends LedgerIntegrationTest {

    @Test
    void a_name_that_differs_from_a_users_only_by_letter_case_is_taken() {
        assertThat(exchange(HttpMethod.POST, "/api/admin/users", json("{'username':'case.taken@test','password':"
                + "'case-taken-password','role':'INSPECTOR','mustChangePassword':false}"), admin().basic()).status())
                .isEqualTo(201);

        for (String name : List.of("Case.Taken@test", "CASE.TAKEN@TEST", "case.taken@test")) {
            Reply clash = exchange(HttpMethod.POST, "/api/admin/users", json("{'username':'" + name + "','password':"
                    + "'another-password','role':'MINISTRY_ADMIN','mustChangePassword':false}"), admin().basic());
            assertThat(clash.status()).as("%s: %s", name, clash.body()).isEqualTo(409);
            assertThat(clash.body().get("rule").asText()).isEqualTo("username-taken");
            assertThat(clash.body().get("detail").asText()).contains("case.taken@test");
        }
        Reply upper = exchange(HttpMethod.POST, "/api/admin/users", json("{'username':'ADMIN','password':"
                + "'another-password','role':'MINISTRY_ADMIN'}"), admin().basic());
        assertThat(upper.status()).isEqualTo(409);
        assertThat(upper.body().get("detail").asText()).isEqualTo(
                "there is already a user named admin (user names ignore letter case)");
        assertThat(jdbc.queryForObject("select count(*) from app_user where lower(username) in ('admin',"
                + " 'case.taken@test')", Long.class)).isEqualTo(2);
    }

    @Test
    void a_user_logs_in_with_their_name_in_any_letter_case_and_is_named_as_created() {
        for (String spelling : List.of("ADMIN", "Admin", "admin")) {
            Reply me = exchange(HttpMethod.GET, "/api/me", null, new Login(spelling, admin().password()).basic());
            assertThat(me.status()).as(spelling).isEqualTo(200);
            assertThat(me.body().get("username").asText()).isEqualTo("admin");
        }
        Reply one = exchange(HttpMethod.GET, "/api/admin/users/ADMIN", null, admin().basic());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("username").asText()).isEqualTo("admin");
    }

    @Test
    void names_that_already_differ_only_by_case_are_kept_once_and_the_others_disabled_under_a_new_name()
            throws Exception {
        PostgresServer server = PostgresServer.of(jdbc.getDataSource());
        String maintenance = jdbc.queryForObject("select current_database()", String.class);
        String database = "v9_" + UUID.randomUUID().toString().replace("-", "");
        server.execute(maintenance, "CREATE DATABASE " + database);
        try {
            Supplier<FluentConfiguration> flyway = () -> Flyway.configure().dataSource(server.url(database),
                    server.user(), server.password()).locations("classpath:db/migration");
            flyway.get().target("8").load().migrate();
            try (Connection c = server.connect(database); Statement s = c.createStatement()) {
                s.execute("""
                        INSERT INTO app_user (username, password_hash, role, province_code, must_change_password,
                                              enabled, created_at, created_by) VALUES
                          ('Somchai', '$2a$04$x', 'PROVINCIAL_OFFICER', 92, false, true, '2024-01-01', 'admin'),
                          ('somchai', '$2a$04$y', 'PROVINCIAL_OFFICER', 92, false, true, '2024-02-01', 'admin'),
                          ('SOMCHAI', '$2a$04$z', 'INSPECTOR', null, false, false, '2023-01-01', 'admin'),
                          ('boss', '$2a$04$b', 'MINISTRY_ADMIN', null, false, false, '2023-01-01', 'first start'),
                          ('Boss', '$2a$04$c', 'MINISTRY_ADMIN', null, false, true, '2024-01-01', 'admin'),
                          ('alone', '$2a$04$a', 'INSPECTOR', null, false, true, '2024-01-01', 'admin')""");
            }

            flyway.get().load().migrate();

            try (Connection c = server.connect(database); Statement s = c.createStatement()) {
                assertThat(rows(s, "SELECT username || ' ' || enabled FROM app_user ORDER BY username COLLATE \"C\""))
                        .containsExactly(
                        "Boss true", "SOMCHAI~3 false", "Somchai true", "alone true", "boss~2 false", "somchai~2 false");
                assertThat(rows(s, "SELECT username_before || '>' || username_after || ' kept ' || clashed_with"
                        + " FROM app_user_renamed ORDER BY username_after COLLATE \"C\"")).containsExactly(
                        "SOMCHAI>SOMCHAI~3 kept Somchai", "boss>boss~2 kept Boss", "somchai>somchai~2 kept Somchai");
                assertThat(rows(s, "SELECT count(*) FROM app_user WHERE password_hash IN ('$2a$04$y', '$2a$04$c')"))
                        .as("nothing lost: the hashes are still there").containsExactly("2");
            }
        } finally {
            server.execute(maintenance, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
