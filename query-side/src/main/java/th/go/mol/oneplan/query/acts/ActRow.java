package th.go.mol.oneplan.query.acts;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/**
 * The columns of one row an {@link ActColumns} writes, by column name, each with its SQL type (so that a null is
 * sent typed, without asking the server for the statement's parameter types).
 */
public final class ActRow {
    private final MapSqlParameterSource values = new MapSqlParameterSource();

    public ActRow text(String column, String value) {
        values.addValue(column, value, Types.VARCHAR);
        return this;
    }

    /** An enum by its constant's name; null for none. */
    public ActRow name(String column, Enum<?> value) {
        return text(column, value == null ? null : value.name());
    }

    public ActRow integer(String column, int value) {
        values.addValue(column, value, Types.INTEGER);
        return this;
    }

    public ActRow bigint(String column, long value) {
        values.addValue(column, value, Types.BIGINT);
        return this;
    }

    public ActRow date(String column, LocalDate value) {
        values.addValue(column, value, Types.DATE);
        return this;
    }

    /** A {@code TEXT[]} column; the records' lists are never null and hold no null. */
    public ActRow texts(String column, List<String> value) {
        values.addValue(column, value.toArray(String[]::new), Types.ARRAY);
        return this;
    }

    /** An {@code INTEGER[]} column. */
    public ActRow integers(String column, List<Integer> value) {
        values.addValue(column, value.stream().mapToInt(Integer::intValue).toArray(), Types.ARRAY);
        return this;
    }

    String[] columns() {
        return values.getParameterNames();
    }

    MapSqlParameterSource keyed(VersionKey key) {
        MapSqlParameterSource keyed = new MapSqlParameterSource(values.getValues());
        for (String column : values.getParameterNames()) {
            keyed.registerSqlType(column, values.getSqlType(column));
        }
        return keyed.addValue("event_id", key.eventId(), Types.VARCHAR).addValue("version", key.version(), Types.INTEGER);
    }
}
