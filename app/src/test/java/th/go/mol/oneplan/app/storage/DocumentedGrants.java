package th.go.mol.oneplan.app.storage;

import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of {@code docs/database-grants.md}, exactly as the page shows it, with the role and database names
 * swapped for names unique to one test run: the tests run what the operators are told to run.
 */
public final class DocumentedGrants {
    static final String SETUP_MARKER = "<!-- DatabaseGrantsIT runs the next sql block (psql backslash commands aside) -->";
    static final String AFTER_MIGRATE_MARKER = "<!-- DatabaseGrantsIT runs the next sql block as the afterMigrate callback -->";
    private static final Pattern SQL_BLOCK = Pattern.compile("```sql\\R(.*?)```", Pattern.DOTALL);

    /** The names the page uses, and the ones a test uses instead (role names are global to the server). */
    public record Names(String owner, String app, String database) {
        public static Names unique(String purpose) {
            String id = purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            return new Names(id + "_owner", id + "_app", id + "_db");
        }

        String substitute(String sql) {
            return sql.replaceAll("\\boneplan_owner\\b", owner)
                    .replaceAll("\\boneplan_app\\b", app)
                    .replaceAll("\\boneplan\\b", database);
        }
    }

    private final String page;

    private DocumentedGrants(String page) {
        this.page = page;
    }

    public static DocumentedGrants load() {
        List<Path> candidates = new ArrayList<>();
        String basedir = System.getProperty("basedir");
        if (basedir != null) {
            candidates.add(Path.of(basedir, "..", "docs", "database-grants.md"));
        }
        candidates.add(Path.of("..", "docs", "database-grants.md"));
        candidates.add(Path.of("docs", "database-grants.md"));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                try {
                    return new DocumentedGrants(Files.readString(candidate, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("docs/database-grants.md not found from " + Path.of("").toAbsolutePath());
    }

    /** Section 1: the roles and the database, as a superuser; {@code \connect} switches database. */
    public String setupBlock() {
        return blockAfter(SETUP_MARKER);
    }

    /** Section 2: the grants, run by Flyway as the owner after every migrate. */
    public String afterMigrateBlock() {
        return blockAfter(AFTER_MIGRATE_MARKER);
    }

    /**
     * Creates the roles and the database of section 1 on the server, as its superuser, starting from the
     * database {@code maintenanceDatabase}.
     */
    public void createRolesAndDatabase(PostgresServer server, String maintenanceDatabase, Names names)
            throws SQLException {
        String database = maintenanceDatabase;
        List<String> batch = new ArrayList<>();
        for (String line : names.substitute(withoutComments(setupBlock())).split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("\\")) {
                run(server, database, batch);
                batch.clear();
                String[] words = trimmed.split("\\s+");
                if (words[0].equals("\\connect") || words[0].equals("\\c")) {
                    database = words[1];
                }
                continue;
            }
            batch.add(line);
        }
        run(server, database, batch);
    }

    /** Runs Flyway as the owner with the page's section 2 as its afterMigrate callback, as the service would. */
    public void migrateAsOwner(PostgresServer server, Names names, Path callbackDirectory) {
        writeAfterMigrateCallback(names, callbackDirectory);
        Flyway.configure()
                .dataSource(server.url(names.database()), names.owner(), "")
                .locations("classpath:db/migration", "filesystem:" + callbackDirectory.toAbsolutePath())
                .load()
                .migrate();
    }

    /**
     * Saves section 2 as {@code afterMigrate.sql} in a directory, for Flyway's locations
     * ({@code filesystem:<directory>}), as the page tells operators to.
     */
    public void writeAfterMigrateCallback(Names names, Path callbackDirectory) {
        try {
            Files.createDirectories(callbackDirectory);
            Files.writeString(callbackDirectory.resolve("afterMigrate.sql"), names.substitute(afterMigrateBlock()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops what {@link #createRolesAndDatabase} made; safe to call when only part of it was made. */
    public static void dropRolesAndDatabase(PostgresServer server, String maintenanceDatabase, Names names) {
        List<String> statements = List.of(
                "DROP DATABASE IF EXISTS " + PostgresServer.quote(names.database()) + " WITH (FORCE)",
                "DROP ROLE IF EXISTS " + PostgresServer.quote(names.app()),
                "DROP ROLE IF EXISTS " + PostgresServer.quote(names.owner()));
        for (String sql : statements) {
            try {
                server.execute(maintenanceDatabase, sql);
            } catch (SQLException e) {
                System.err.println("cleanup: " + sql + " failed: " + e.getMessage());
            }
        }
    }

    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        for (String part : withoutComments(sql).split(";")) {
            if (!part.isBlank()) {
                statements.add(part.strip());
            }
        }
        return statements;
    }

    private static void run(PostgresServer server, String database, List<String> lines) throws SQLException {
        List<String> statements = statements(String.join("\n", lines));
        if (statements.isEmpty()) {
            return;
        }
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("(?m)--.*$", "");
    }

    private String blockAfter(String marker) {
        int at = page.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("docs/database-grants.md lost its marker " + marker);
        }
        Matcher m = SQL_BLOCK.matcher(page);
        if (!m.find(at)) {
            throw new IllegalStateException("no sql block after " + marker);
        }
        return m.group(1);
    }
}
