package th.go.mol.oneplan.app.processes;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import th.go.mol.oneplan.app.storage.DocumentedGrants;
import th.go.mol.oneplan.app.storage.PostgresServer;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The service's database, created with docs/database-grants.md's section 1 and given to the service with
 * section 2 as Flyway's afterMigrate callback: on the server of {@code SPRING_DATASOURCE_URL} if set (a
 * fresh database, dropped afterwards), otherwise on an embedded PostgreSQL of this test's own.
 */
public final class ServiceDatabase implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private final PostgresServer server;
    private final String maintenanceDatabase;
    private final DocumentedGrants.Names names;
    private final DocumentedGrants grants = DocumentedGrants.load();

    private ServiceDatabase(EmbeddedPostgres embedded, PostgresServer server, String maintenanceDatabase,
                            String prefix) {
        this.names = DocumentedGrants.Names.unique(prefix);
        this.embedded = embedded;
        this.server = server;
        this.maintenanceDatabase = maintenanceDatabase;
    }

    /** A fresh database, its roles' names starting with {@code prefix}. */
    public static ServiceDatabase create(Path temp, String prefix) throws Exception {
        String external = System.getenv("SPRING_DATASOURCE_URL");
        ServiceDatabase database;
        if (external != null && !external.isBlank()) {
            database = new ServiceDatabase(null, PostgresServer.parse(external, System.getenv("SPRING_DATASOURCE_USERNAME"),
                    System.getenv("SPRING_DATASOURCE_PASSWORD")), PostgresServer.database(external), prefix);
        } else {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(temp.resolve("postgres"))
                    .setCleanDataDirectory(true)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // The services may crash here, not the database; still, run it as production would.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            database = new ServiceDatabase(postgres, new PostgresServer("127.0.0.1", postgres.getPort(), "postgres", ""),
                    "postgres", prefix);
        }
        try {
            database.grants.createRolesAndDatabase(database.server, database.maintenanceDatabase, database.names);
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** What the service is started with: its own role for the pool, the owner's for Flyway. */
    public Map<String, String> serviceEnvironment(Path flywayCallbacks) {
        grants.writeAfterMigrateCallback(names, flywayCallbacks);
        return Map.of(
                "SPRING_DATASOURCE_URL", server.url(names.database()),
                "SPRING_DATASOURCE_USERNAME", names.app(),
                "SPRING_DATASOURCE_PASSWORD", "",
                "SPRING_FLYWAY_USER", names.owner(),
                "SPRING_FLYWAY_PASSWORD", "",
                "SPRING_FLYWAY_LOCATIONS", "classpath:db/migration,filesystem:" + flywayCallbacks.toAbsolutePath());
    }

    /** A connection to the service's database, as its owner (for tests that read what the service wrote). */
    public Connection connect() throws SQLException {
        return server.connect(names.database());
    }

    /** How many MeetingRecorded events each command id has (KPI events carry the same id: acts only). */
    public Map<String, Integer> meetingCommandIds() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = server.connect(names.database());
             PreparedStatement p = c.prepareStatement("select convert_from(payload, 'UTF8')::jsonb -> 'recording' "
                     + "->> 'commandId', count(*) from domainevententry where payloadtype like '%MeetingRecorded' "
                     + "group by 1");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    public long eventCount(String driveId) throws SQLException {
        try (Connection c = server.connect(names.database());
             PreparedStatement p = c.prepareStatement("select count(*) from domainevententry where aggregateidentifier = ?")) {
            p.setString(1, driveId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A drive's stream: how many events, and the highest sequence number (-1 when none). */
    public long[] streamShape(String aggregateId) throws SQLException {
        try (Connection c = server.connect(names.database());
             PreparedStatement p = c.prepareStatement("select count(*), count(distinct sequencenumber), "
                     + "coalesce(max(sequencenumber), -1) from domainevententry where aggregateidentifier = ?")) {
            p.setString(1, aggregateId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                if (rs.getLong(1) != rs.getLong(2)) {
                    throw new AssertionError(aggregateId + " has a sequence number twice");
                }
                return new long[]{rs.getLong(1), rs.getLong(3)};
            }
        }
    }

    /** How many segments each processing group has in the token store. */
    public Map<String, Integer> segmentsPerGroup() throws SQLException {
        Map<String, Integer> segments = new HashMap<>();
        try (Connection c = server.connect(names.database());
             PreparedStatement p = c.prepareStatement("select processorname, count(*) from tokenentry group by 1");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                segments.put(rs.getString(1), rs.getInt(2));
            }
        }
        return segments;
    }

    @Override
    public void close() throws IOException {
        DocumentedGrants.dropRolesAndDatabase(server, maintenanceDatabase, names);
        if (embedded != null) {
            embedded.close();
        }
    }
}
