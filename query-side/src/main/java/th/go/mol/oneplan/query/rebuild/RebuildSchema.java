package th.go.mol.oneplan.query.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The schema a group's read model is rebuilt in ({@code rebuild_<group>}), and the switch that puts it live.
 *
 * <p>The copies are made so that, once moved to public, they are exactly what the migrations made: the same
 * columns, defaults and check constraints ({@code LIKE ... INCLUDING}), the same primary keys, unique
 * constraints and indexes under the same names (made from the live ones' definitions, since {@code LIKE
 * INCLUDING INDEXES} would name indexes after their columns), the same owner and the same grants. A later
 * migration that alters a table or an index by name finds it.
 *
 * <p>The switch is one transaction: drop the live tables, move the copies to public, give the group the rebuild
 * processor's tokens and empty its dead letters. PostgreSQL's DDL is transactional, so a query sees either the
 * old tables or the new ones, never both or neither: a query running when the switch starts finishes on the old
 * tables (the {@code DROP} waits for it), one arriving meanwhile waits for the commit and then reads the new ones.
 */
final class RebuildSchema {
    /** How long the switch, holding the group's tables, waits for token rows before giving up, rolling back. */
    static final String LOCK_TIMEOUT = "30s";
    /** How long one attempt waits for the queries reading the group's tables (less than deadlock_timeout). */
    static final java.time.Duration LOCK_WAIT = java.time.Duration.ofMillis(200);
    static final java.time.Duration RETRY_AFTER = java.time.Duration.ofMillis(20);
    /** How long the switch keeps trying to take the tables before the rebuild fails (the live tables unchanged). */
    static final java.time.Duration SWITCH_WITHIN = java.time.Duration.ofSeconds(60);
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String DEADLOCK = "40P01";

    private final String group;
    private final String schema;
    private final List<String> tables;

    RebuildSchema(String group, List<String> tables) {
        this.group = group;
        this.schema = "rebuild_" + group.replace('-', '_');
        this.tables = List.copyOf(tables);
    }

    String schema() {
        return schema;
    }

    String group() {
        return group;
    }

    /** The rebuild's processor, whose tokens become the group's at the switch. */
    String processorName() {
        return processorName(group);
    }

    static String processorName(String group) {
        return group + "@rebuild";
    }

    /** Empty copies of the group's tables in a fresh schema, and no token for the rebuild's processor yet. */
    void prepare(Connection db) throws SQLException {
        inTransaction(db, () -> {
            forget(db);
            execute(db, "CREATE SCHEMA " + schema);
            Set<String> grantees = new LinkedHashSet<>();
            for (String table : tables) {
                copy(db, table, grantees);
            }
            for (String grantee : grantees) {
                execute(db, "GRANT USAGE ON SCHEMA " + schema + " TO " + grantee);
            }
        });
    }

    /**
     * The switch (see the class): one transaction, all or nothing. It first takes every live table of the group at
     * once ({@code LOCK TABLE}), waiting at most {@link #LOCK_WAIT} for the queries reading them: a query that reads
     * two of the tables in one transaction, one before the lock and one after, would otherwise deadlock with a
     * switch that holds the second and waits for the first (PostgreSQL would then abort one of them, possibly the
     * query). On a timeout the switch rolls back at once, so such a query goes on, and tries again a moment later.
     */
    void switchOver(Connection db) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + SWITCH_WITHIN.toNanos();
        while (true) {
            try {
                inTransaction(db, () -> {
                    execute(db, "SET LOCAL lock_timeout = '" + LOCK_WAIT.toMillis() + "ms'");
                    execute(db, "LOCK TABLE " + String.join(", ", tables.stream().map(t -> "public." + t).toList())
                            + " IN ACCESS EXCLUSIVE MODE");
                    // Holding the tables, the rest waits only for token rows a batch of another node is writing.
                    execute(db, "SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
                    for (String table : tables) {
                        execute(db, "DROP TABLE public." + table);
                    }
                    for (String table : tables) {
                        execute(db, "ALTER TABLE " + schema + "." + table + " SET SCHEMA public");
                    }
                    update(db, "DELETE FROM tokenentry WHERE processorname = ?", group);
                    update(db, "UPDATE tokenentry SET processorname = ?, owner = NULL WHERE processorname = ?", group,
                            processorName());
                    update(db, "DELETE FROM deadletterentry WHERE processinggroup = ?", group);
                    execute(db, "DROP SCHEMA " + schema);
                });
                return;
            } catch (SQLException e) {
                boolean busy = LOCK_NOT_AVAILABLE.equals(e.getSQLState()) || DEADLOCK.equals(e.getSQLState());
                if (!busy || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(RETRY_AFTER.toMillis());
            }
        }
    }

    /** Removes what a rebuild left: its schema, with whatever copies are still in it, and its tokens. */
    void forget(Connection db) throws SQLException {
        execute(db, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        update(db, "DELETE FROM tokenentry WHERE processorname = ?", processorName());
    }

    private void copy(Connection db, String table, Set<String> grantees) throws SQLException {
        String copy = schema + "." + table;
        execute(db, "CREATE TABLE " + copy + " (LIKE public." + table + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS"
                + " INCLUDING GENERATED INCLUDING IDENTITY INCLUDING STORAGE INCLUDING COMMENTS)");
        // Primary keys, unique and exclusion constraints (LIKE copies only check constraints), under their names.
        for (String[] constraint : rows(db, """
                SELECT quote_ident(conname), pg_get_constraintdef(oid)
                  FROM pg_constraint
                 WHERE conrelid = to_regclass(?) AND contype IN ('p', 'u', 'x', 'f')
                 ORDER BY contype DESC, conname""", "public." + table)) {
            execute(db, "ALTER TABLE " + copy + " ADD CONSTRAINT " + constraint[0] + " " + constraint[1]);
        }
        // The other indexes, from their definitions, under their names.
        String on = " ON public." + table + " ";
        for (String[] index : rows(db, """
                SELECT pg_get_indexdef(i.indexrelid)
                  FROM pg_index i
                 WHERE i.indrelid = to_regclass(?)
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
                 ORDER BY i.indexrelid""", "public." + table)) {
            int at = index[0].indexOf(on);
            if (at < 0) {
                throw new IllegalStateException("cannot read the definition of an index of " + table + ": "
                        + index[0]);
            }
            execute(db, index[0].substring(0, at) + " ON " + copy + " " + index[0].substring(at + on.length()));
        }
        // The live table's owner (migrations alter it later) and grants.
        for (String[] owner : rows(db, """
                SELECT quote_ident(pg_get_userbyid(relowner)) FROM pg_class
                 WHERE oid = to_regclass(?) AND pg_get_userbyid(relowner) <> current_user""", "public." + table)) {
            execute(db, "ALTER TABLE " + copy + " OWNER TO " + owner[0]);
        }
        for (String[] grant : rows(db, """
                SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END,
                       a.privilege_type
                  FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
                 WHERE c.oid = to_regclass(?) AND a.grantee <> c.relowner
                 ORDER BY 1, 2""", "public." + table)) {
            execute(db, "GRANT " + grant[1] + " ON TABLE " + copy + " TO " + grant[0]);
            grantees.add(grant[0]);
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private static void inTransaction(Connection db, Work work) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            work.run();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int update(Connection db, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static List<String[]> rows(Connection db, String sql, String value) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
