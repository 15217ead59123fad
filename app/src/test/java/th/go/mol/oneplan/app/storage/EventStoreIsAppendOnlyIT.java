package th.go.mol.oneplan.app.storage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Events can never be updated or deleted: not through the database (Flyway V3's triggers refuse UPDATE, DELETE
 * and TRUNCATE of domainevententry to every role, here even to the superuser the tests connect as) and not
 * through the HTTP API (no PUT, PATCH or DELETE anywhere under a drive).
 */
class EventStoreIsAppendOnlyIT extends LedgerIntegrationTest {
    private static final String DRIVE_ID = "33-2564";
    private static final String DRIVE = "/api/drives/" + DRIVE_ID;

    @BeforeEach
    void sisaketHasADriveWithAMeeting() {
        if (countEvents(DRIVE_ID) == 0) {
            assertThat(post("/api/drives", json("{'provinceCode':33,'fiscalYear':2564,'leadOfficer':{'name':'A',"
                    + "'position':'B'},'leadAssignedOn':'2020-10-15'}")).status()).isEqualTo(201);
            assertThat(post(DRIVE + "/meetings", json("{'meetingNumber':'1/2564','meetingType':'OTHER',"
                    + "'meetingDate':'2020-11-02','chair':'C'}")).status()).isEqualTo(201);
        }
    }

    @Test
    void the_event_table_has_the_three_triggers() {
        assertThat(jdbc.queryForList("select tgname from pg_trigger where tgrelid = 'domainevententry'::regclass "
                + "and not tgisinternal and tgenabled = 'O' order by 1", String.class))
                .containsExactly("domainevententry_no_delete", "domainevententry_no_truncate", "domainevententry_no_update");
        assertThat(jdbc.queryForList("select tgname from pg_trigger where tgrelid = 'snapshotevententry'::regclass "
                + "and not tgisinternal", String.class)).as("snapshots may be pruned").isEmpty();
    }

    @Test
    void update_delete_and_truncate_of_events_are_refused_and_change_nothing() throws SQLException {
        List<String> before = eventRows();
        assertThat(before).isNotEmpty();

        for (String sql : List.of(
                "update domainevententry set payloadtype = 'forged' where aggregateidentifier = '" + DRIVE_ID + "'",
                "update domainevententry set payload = convert_to('{}', 'UTF8'), metadata = null",
                "update domainevententry set sequencenumber = sequencenumber + 1000 where sequencenumber = 0",
                "delete from domainevententry where aggregateidentifier = '" + DRIVE_ID + "'",
                "delete from domainevententry",
                "truncate domainevententry",
                "truncate table domainevententry restart identity cascade")) {
            SQLException refusal = refused(sql);
            assertThat(refusal.getSQLState()).as("%s: %s", sql, refusal.getMessage()).isEqualTo("P0001");
            assertThat(refusal.getMessage()).as(sql).contains("domainevententry is append-only")
                    .containsAnyOf("UPDATE is refused", "DELETE is refused", "TRUNCATE is refused");
        }

        assertThat(eventRows()).isEqualTo(before);
    }

    @Test
    void appending_still_works() {
        long before = countEvents(DRIVE_ID);

        Answer meeting = post(DRIVE + "/meetings", json("{'meetingNumber':'" + (before + 1) + "/2564','meetingType':"
                + "'OTHER','meetingDate':'2020-11-03','chair':'C'}"));

        assertThat(meeting.status()).as("%s", meeting.body()).isEqualTo(201);
        assertThat(countEvents(DRIVE_ID)).isEqualTo(before + 1);
    }

    @Test
    void no_operation_of_the_api_updates_or_deletes_under_a_drive() {
        JsonNode paths = get("/v3/api-docs").body().get("paths");
        List<String> writesOtherThanPost = new ArrayList<>();
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            if (path.startsWith("/api/drives") || path.startsWith("/api/kpi") || path.startsWith("/api/admin/projections")) {
                for (String method : List.of("put", "patch", "delete")) {
                    if (paths.get(path).has(method)) {
                        writesOtherThanPost.add(method.toUpperCase() + " " + path);
                    }
                }
            }
        }

        assertThat(paths.size()).isGreaterThan(10);
        assertThat(writesOtherThanPost).isEmpty();
    }

    @Test
    void put_patch_and_delete_on_a_drive_and_its_parts_are_refused_and_change_nothing() throws SQLException {
        List<String> before = eventRows();
        List<String> answered = new ArrayList<>();
        // Logged in as callers who may write there: the drive's own officer, and the ministry's admin.
        List<Login> callers = List.of(userWith("officer@test", Role.PROVINCIAL_OFFICER, 33, null), admin());

        for (String path : List.of("/api/drives", DRIVE, DRIVE + "/", DRIVE + "/meetings", DRIVE + "/meetings/1",
                DRIVE + "/agenda-items", DRIVE + "/working-group", DRIVE + "/working-group/amendments", DRIVE + "/plans",
                DRIVE + "/plans/1", DRIVE + "/plans/1/approval", DRIVE + "/field-visits", DRIVE + "/inspections",
                DRIVE + "/monthly-reports", DRIVE + "/one-goal-summary", DRIVE + "/corrections", DRIVE + "/kpi",
                DRIVE + "/audit", DRIVE + "/events", DRIVE + "/events/1", "/api/events", "/api/kpi/rollup",
                "/api/admin/projections", "/api/admin/projections/drive-audit")) {
            for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
                for (Login caller : callers) {
                    Reply reply = exchange(method, path, "{\"payloadtype\":\"forged\",\"meetingNumber\":\"9/2564\"}",
                            caller.basic());
                    answered.add(method + " " + path + " as " + caller.username() + " -> " + reply.status());
                    assertThat(reply.status()).as("%s %s as %s: %s", method, path, caller.username(), reply.body())
                            .isIn(404, 405, 403);
                }
            }
        }

        assertThat(answered).noneMatch(a -> a.matches(".* -> 2\\d\\d"));
        assertThat(eventRows()).isEqualTo(before);
    }

    private SQLException refused(String sql) throws SQLException {
        // Inside a transaction that is always rolled back: if a trigger were missing, nothing would be lost.
        try (Connection c = jdbc.getDataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                Throwable[] thrown = new Throwable[1];
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
                        e -> thrown[0] = e);
                return (SQLException) thrown[0];
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private List<String> eventRows() {
        return jdbc.queryForList("select globalindex || ' ' || aggregateidentifier || ' ' || sequencenumber || ' ' || "
                + "payloadtype || ' ' || eventidentifier || ' ' || md5(payload) || ' ' || coalesce(md5(metadata), '-') "
                + "from domainevententry order by globalindex", String.class);
    }

    private long countEvents(String driveId) {
        Long n = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class,
                driveId);
        return n == null ? 0 : n;
    }
}
