package th.go.mol.oneplan.query.acts;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the rows of one version of an act into its type's tables: one statement a table. */
public final class ActWriter {
    private final NamedParameterJdbcTemplate jdbc;
    private final VersionKey key;

    ActWriter(NamedParameterJdbcTemplate jdbc, VersionKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    /** The version's one row of {@code table}. */
    public void row(String table, ActRow row) {
        jdbc.update(insert(table, row), row.keyed(key));
    }

    /** The version's rows of a child table, as one batch (each row names its own ordinal). */
    public void rows(String table, List<ActRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(insert(table, rows.get(0)),
                rows.stream().map(row -> row.keyed(key)).toArray(MapSqlParameterSource[]::new));
    }

    private static String insert(String table, ActRow row) {
        List<String> columns = Arrays.asList(row.columns());
        return "INSERT INTO " + table + " (event_id, version, " + String.join(", ", columns)
                + ") VALUES (:event_id, :version, " + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", "))
                + ")";
    }
}
