package th.go.mol.oneplan.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL server the service under test writes to: the embedded default, started here with the service's own
 * durable settings (fsync, synchronous commit, full page writes: EmbeddedPostgresConfiguration), or a server the
 * operator names. Each run of the service gets a fresh database on it, dropped at the end unless kept.
 */
final class DatabaseServer implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String adminDatabase;
    private final String user;
    private final String password;
    private final boolean keep;
    private final Path dataDirectory;
    private final List<String> created = new ArrayList<>();

    private DatabaseServer(EmbeddedPostgres embedded, String host, int port, String adminDatabase, String user,
                           String password, boolean keep, Path dataDirectory) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.adminDatabase = adminDatabase;
        this.user = user;
        this.password = password;
        this.keep = keep;
        this.dataDirectory = dataDirectory;
    }

    static DatabaseServer start(Options options, Path workDirectory) throws IOException {
        if (options.database() == null) {
            Path data = workDirectory.resolve("pg");
            Files.createDirectories(data);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(!options.keep())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // The service opens 10 connections, its rebuilds and the harness's clients more.
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new DatabaseServer(postgres, "127.0.0.1", postgres.getPort(), "postgres", "postgres", "",
                    options.keep(), data.toAbsolutePath());
        }
        URI uri = URI.create(options.database().substring("jdbc:".length()));
        String query = uri.getQuery() == null ? "" : uri.getQuery();
        String user = parameter(query, "user", "postgres");
        String password = parameter(query, "password", "");
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return new DatabaseServer(null, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, user,
                password, options.keep(), null);
    }

    private static String parameter(String query, String name, String otherwise) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return otherwise;
    }

    /** A fresh, empty database for one run of the service. */
    String createDatabase(String name) throws SQLException {
        try (Connection c = connect(adminDatabase); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
        created.add(name);
        return url(name);
    }

    String url(String database) {
        // The service's embedded default batches its inserts the same way.
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?reWriteBatchedInserts=true";
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user, password);
    }

    /** Where the data lies (what the disk under the figures is), and the server's version and durability. */
    String describe() {
        try (Connection c = connect(adminDatabase); Statement s = c.createStatement()) {
            String version = one(s, "SHOW server_version");
            String durable = "fsync=" + one(s, "SHOW fsync") + ", synchronous_commit=" + one(s, "SHOW synchronous_commit")
                    + ", full_page_writes=" + one(s, "SHOW full_page_writes");
            String where;
            if (embedded != null) {
                where = "embedded, " + dataDirectory;
            } else {
                String directory;
                try {
                    directory = one(s, "SHOW data_directory");
                } catch (SQLException notSuperuser) {
                    directory = "data directory not readable by " + user;
                }
                where = host + ":" + port + ", " + directory;
            }
            return "PostgreSQL " + version + " (" + durable + "), " + where;
        } catch (SQLException e) {
            return "PostgreSQL (" + e.getMessage() + ")";
        }
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    @Override
    public void close() throws Exception {
        if (!keep) {
            try (Connection c = connect(adminDatabase); Statement s = c.createStatement()) {
                for (String name : created) {
                    s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            } catch (SQLException e) {
                System.err.println("could not drop the benchmark databases " + created + ": " + e.getMessage());
            }
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
