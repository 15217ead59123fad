package th.go.mol.oneplan.app.storage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production roles of docs/database-grants.md, on the real server: the page's SQL is run as written (with
 * names unique to this run), Flyway migrates a fresh database as the owner with the page's grants as its
 * afterMigrate callback, and then the service's role logs in and is shown to append and read events and to
 * write the read tables, but to be refused, by permissions, any UPDATE, DELETE or TRUNCATE of an event and any
 * change to the schema. The roles and the database are dropped afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseGrantsIT extends LedgerIntegrationTest {
    private static final String PERMISSION_DENIED = "42501";
    private static final String TRIGGER_REFUSAL = "P0001";

    /** What the service's role may do on each table: the page's section 2, table by table. */
    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("domainevententry", "INSERT,SELECT"),
            Map.entry("snapshotevententry", "DELETE,INSERT,SELECT"),
            Map.entry("tokenentry", "DELETE,INSERT,SELECT,UPDATE"),
            Map.entry("deadletterentry", "DELETE,INSERT,SELECT,UPDATE"),
            Map.entry("sagaentry", "DELETE,INSERT,SELECT,UPDATE"),
            Map.entry("associationvalueentry", "DELETE,INSERT,SELECT,UPDATE"),
            Map.entry("drive_overview", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_kpi_level", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_kpi_change", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_audit_entry", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("reporting_rules_version", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("pilot_programme", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("pilot_designation", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("tambon_centre", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("centre_committee_member", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("centre_committee_event", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("centre_mentor", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_worker_served", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_version", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            // Each act type's columns (V24), read models like those above.
            Map.entry("drive_act_provincial_drive_started", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_agenda_items_selected", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_working_group_appointed", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_working_group_member", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_working_group_amended", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_meeting_recorded", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_plan_drafted", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_plan_project", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_plan_allocation", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_plan_revised", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_plan_approved", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_field_visit_logged", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_inspection_recorded", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_monthly_report_submitted", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_one_goal_summary_submitted", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_activity_recorded", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("drive_act_budget_reallocated", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("registered_worker", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("register_stats_worker", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("register_stats_area", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("register_stats_count", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("register_stats_event", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("centre_plan", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("centre_plan_item", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("centre_plan_decision", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("centre_follow_up", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("centre_yearly_evaluation", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("centre_grievance", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("centre_progress", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("centre_progress_area", "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"),
            Map.entry("app_user", "INSERT,SELECT,UPDATE"),
            Map.entry("personal_data_access", "INSERT,SELECT"),
            Map.entry("idempotent_request", "INSERT,SELECT,UPDATE"),
            Map.entry("login_throttle", "DELETE,INSERT,SELECT,UPDATE"),
            Map.entry("login_token_key", "INSERT,SELECT"),
            Map.entry("national_id_claim", "DELETE,INSERT,SELECT,UPDATE"),
            Map.entry("personal_data_key", "INSERT,SELECT,UPDATE"),
            // The register's bulk import (V17): jobs updated as they run, chunks dropped when done, errors kept.
            Map.entry("worker_import_job", "INSERT,SELECT,UPDATE"),
            Map.entry("worker_import_chunk", "DELETE,INSERT,SELECT"),
            Map.entry("worker_import_error", "INSERT,SELECT"),
            Map.entry("spring_session", "DELETE,INSERT,SELECT,UPDATE"),
            Map.entry("spring_session_attributes", "DELETE,INSERT,SELECT,UPDATE"),
            Map.entry("app_user_renamed", ""),
            Map.entry("flyway_schema_history", "")));

    private final DocumentedGrants page = DocumentedGrants.load();
    private final DocumentedGrants.Names names = DocumentedGrants.Names.unique("grants");
    private PostgresServer server;
    private String maintenanceDatabase;

    @BeforeAll
    void createTheDocumentedRolesAndMigrateAsTheOwner(@TempDir Path callbacks) throws SQLException {
        server = PostgresServer.of(jdbc.getDataSource());
        maintenanceDatabase = jdbc.queryForObject("select current_database()", String.class);
        page.createRolesAndDatabase(server, maintenanceDatabase, names);
        page.migrateAsOwner(server, names, callbacks);
    }

    @AfterAll
    void dropThem() {
        if (server != null) {
            DocumentedGrants.dropRolesAndDatabase(server, maintenanceDatabase, names);
        }
    }

    @Test
    void the_roles_are_plain_logins_and_the_owner_owns_every_table() throws SQLException {
        try (Connection c = server.connect(names.database())) {
            assertThat(strings(c, "select rolname || ':' || rolcanlogin || ':' || rolsuper || ':' || rolcreatedb || ':' "
                    + "|| rolcreaterole || ':' || rolbypassrls from pg_roles where rolname in (?, ?) order by 1",
                    names.app(), names.owner())).containsExactly(
                    names.app() + ":true:false:false:false:false", names.owner() + ":true:false:false:false:false");
            assertThat(strings(c, "select distinct tableowner from pg_tables where schemaname = 'public'"))
                    .containsExactly(names.owner());
        }
    }

    @Test
    void the_service_role_has_exactly_the_documented_privileges_on_every_table() throws SQLException {
        Map<String, String> actual = new TreeMap<>();
        try (Connection c = server.connect(names.database())) {
            for (String table : strings(c, "select tablename from pg_tables where schemaname = 'public'")) {
                TreeSet<String> privileges = new TreeSet<>();
                for (String privilege : List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES",
                        "TRIGGER")) {
                    if (bool(c, "select has_table_privilege(?, 'public.' || quote_ident(?), ?)", names.app(), table,
                            privilege)) {
                        privileges.add(privilege);
                    }
                }
                actual.put(table, String.join(",", privileges));
            }
            assertThat(bool(c, "select has_sequence_privilege(?, 'public.domainevententry_globalindex_seq', 'USAGE')",
                    names.app())).isTrue();
            assertThat(bool(c, "select has_sequence_privilege(?, 'public.domainevententry_globalindex_seq', 'UPDATE')",
                    names.app())).as("setval could move the event stream's order").isFalse();
            assertThat(bool(c, "select has_schema_privilege(?, 'public', 'CREATE')", names.app())).isFalse();
        }
        assertThat(actual)
                .as("privileges of the service's role per table: a table missing here needs its grant in "
                        + "docs/database-grants.md (section 2) and in EXPECTED")
                .isEqualTo(EXPECTED);
    }

    @Test
    void the_service_role_appends_and_reads_events() throws SQLException {
        try (Connection app = asApp()) {
            long globalIndex = appendEvent(app, "grants-probe-1", 0);

            assertThat(strings(app, "select aggregateidentifier || '/' || sequencenumber || ' ' || convert_from(payload, "
                    + "'UTF8') from domainevententry where globalindex = ?", globalIndex))
                    .containsExactly("grants-probe-1/0 {\"probe\":true}");
        }
    }

    @Test
    void the_service_role_is_refused_any_update_delete_or_truncate_of_events() throws SQLException {
        long globalIndex;
        try (Connection app = asApp()) {
            globalIndex = appendEvent(app, "grants-probe-2", 0);
        }
        List<String> before = eventRows();

        try (Connection app = asApp(); Statement s = app.createStatement()) {
            for (String sql : List.of(
                    "update domainevententry set payloadtype = 'forged' where globalindex = " + globalIndex,
                    "update domainevententry set payload = convert_to('{}', 'UTF8')",
                    "delete from domainevententry where globalindex = " + globalIndex,
                    "delete from domainevententry",
                    "truncate domainevententry",
                    "truncate domainevententry restart identity cascade",
                    "select * from domainevententry for update",
                    "select setval('domainevententry_globalindex_seq', 1)")) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).as("%s: %s", sql, e.getMessage()).isEqualTo(PERMISSION_DENIED));
            }
        }

        assertThat(eventRows()).isEqualTo(before);
    }

    @Test
    void even_the_owner_is_refused_by_the_triggers() throws SQLException {
        try (Connection app = asApp()) {
            appendEvent(app, "grants-probe-3", 0);
        }
        List<String> before = eventRows();

        try (Connection owner = server.connect(names.database(), names.owner(), ""); Statement s = owner.createStatement()) {
            for (String sql : List.of("update domainevententry set payloadtype = 'forged'", "delete from domainevententry",
                    "truncate domainevententry")) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(TRIGGER_REFUSAL);
                    assertThat(e.getMessage()).contains("domainevententry is append-only");
                });
            }
        }

        assertThat(eventRows()).isEqualTo(before);
    }

    @Test
    void the_service_role_cannot_change_the_schema_or_get_around_the_triggers() throws SQLException {
        try (Connection app = asApp(); Statement s = app.createStatement()) {
            for (String sql : List.of(
                    "alter table domainevententry disable trigger all",
                    "alter table domainevententry disable trigger domainevententry_no_delete",
                    "drop trigger domainevententry_no_update on domainevententry",
                    "drop function domainevententry_is_append_only() cascade",
                    "create or replace function domainevententry_is_append_only() returns trigger language plpgsql "
                            + "as $$ begin return new; end $$",
                    "drop table domainevententry",
                    "create table domainevententry_copy (x int)",
                    "set session_replication_role = replica",
                    "select * from flyway_schema_history")) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).as("%s: %s", sql, e.getMessage()).isEqualTo(PERMISSION_DENIED));
            }
            assertThat(bool(app, "select count(*) = 3 from pg_trigger where tgrelid = 'domainevententry'::regclass "
                    + "and not tgisinternal and tgenabled = 'O'")).isTrue();
        }
    }

    @Test
    void the_service_role_writes_what_it_needs_to() throws SQLException {
        try (Connection app = asApp(); Statement s = app.createStatement()) {
            // Snapshots: written and pruned, never changed.
            s.execute("insert into snapshotevententry (aggregateidentifier, sequencenumber, type, eventidentifier, payload, "
                    + "payloadtype, \"timestamp\") values ('grants-probe-4', 5, 'ProvincialDrive', 'snap-1', "
                    + "convert_to('{}', 'UTF8'), 'probe', '2019-01-01T00:00:00Z')");
            assertThat(s.executeUpdate("delete from snapshotevententry where aggregateidentifier = 'grants-probe-4'"))
                    .isEqualTo(1);
            // Processor tokens: claimed with FOR UPDATE, moved, released.
            s.execute("insert into tokenentry (processorname, segment, owner, \"timestamp\") values ('probe', 0, 'n1', 'now')");
            s.execute("select * from tokenentry where processorname = 'probe' for update");
            assertThat(s.executeUpdate("update tokenentry set owner = null where processorname = 'probe'")).isEqualTo(1);
            assertThat(s.executeUpdate("delete from tokenentry where processorname = 'probe'")).isEqualTo(1);
            // Sagas and their associations (the sequence of associationvalueentry.id).
            s.execute("insert into associationvalueentry (associationkey, associationvalue, sagaid, sagatype) "
                    + "values ('k', 'v', 's1', 'probe')");
            assertThat(s.executeUpdate("delete from associationvalueentry where sagaid = 's1'")).isEqualTo(1);
            // Read models: folded, corrected, rebuilt.
            s.execute("insert into drive_audit_entry (drive_id, position, event_id, event_type, business_date, recorded_at, "
                    + "recorded_by, command_id, late_record, summary) values ('92-2562', 1, '92-2562/1', 'DriveStarted', "
                    + "'2018-10-19', now(), 'probe', 'c1', false, 's')");
            assertThat(s.executeUpdate("update drive_audit_entry set corrected_by = '{92-2562/7}' where drive_id = '92-2562'"))
                    .isEqualTo(1);
            assertThat(s.executeUpdate("delete from drive_audit_entry where drive_id = '92-2562'")).isEqualTo(1);
            s.execute("truncate drive_overview");
            s.execute("truncate drive_kpi_level, drive_kpi_change");
            // Idempotent requests: inserted, then completed.
            s.execute("insert into idempotent_request (principal, idempotency_key, request_fingerprint, aggregate_id) "
                    + "values ('probe', 'k1', 'f', '92-2562')");
            assertThat(s.executeUpdate("update idempotent_request set response_status = 201 where principal = 'probe'"))
                    .isEqualTo(1);
            assertThatThrownBy(() -> s.execute("delete from idempotent_request")).isInstanceOfSatisfying(
                    SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(PERMISSION_DENIED));
            // The audit of personal-data reads: an identity column, so no sequence privilege is needed; never changed.
            s.execute("insert into personal_data_access (accessed_at, accessed_by, role, subject_kind, subject_id, reason, "
                    + "endpoint) values (now(), 'inspector', 'INSPECTOR', 'worker', 'w1', 'complaint 12/2562 follow-up', "
                    + "'/api/probe')");
            for (String sql : List.of("update personal_data_access set reason = 'something else entirely'",
                    "delete from personal_data_access", "delete from app_user")) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo(PERMISSION_DENIED));
            }
            assertThat(strings(app, "select count(*)::text from personal_data_access")).containsExactly("1");
        }
    }

    private Connection asApp() throws SQLException {
        return server.connect(names.database(), names.app(), "");
    }

    /** Appends an event as Axon's JDBC storage engine does: the global index comes from the table's sequence. */
    private static long appendEvent(Connection c, String aggregate, long sequence) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into domainevententry (aggregateidentifier, "
                + "sequencenumber, type, eventidentifier, metadata, payload, payloadtype, \"timestamp\") values "
                + "(?, ?, 'ProvincialDrive', ?, null, convert_to('{\"probe\":true}', 'UTF8'), 'probe.Event', "
                + "'2019-01-01T00:00:00Z') returning globalindex")) {
            insert.setString(1, aggregate);
            insert.setLong(2, sequence);
            insert.setString(3, aggregate + "-" + sequence);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<String> eventRows() throws SQLException {
        try (Connection c = server.connect(names.database())) {
            return strings(c, "select globalindex || ' ' || aggregateidentifier || ' ' || sequencenumber || ' ' || "
                    + "payloadtype || ' ' || md5(payload) from domainevententry order by globalindex");
        }
    }

    private static List<String> strings(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            List<String> result = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
            return result;
        }
    }

    private static boolean bool(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
