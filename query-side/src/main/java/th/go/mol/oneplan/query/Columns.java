package th.go.mol.oneplan.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Values in and out of read-table columns where JDBC needs help: the PostgreSQL driver speaks
 * {@link OffsetDateTime} rather than {@link Instant} for {@code timestamptz}, and arrays come back as
 * {@link Array}.
 */
public final class Columns {
    private Columns() {
    }

    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    public static List<Integer> integers(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return List.of((Integer[]) array.getArray());
        } finally {
            array.free();
        }
    }

    /** An enum kept by its constant's name; null for none. */
    public static <E extends Enum<E>> E name(ResultSet rs, String column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    /**
     * An instant kept as {@code timestamptz} to the microsecond (truncated) and its nano-of-second beside it, so
     * that it reads back exactly as the event recorded it.
     */
    public static Instant instant(ResultSet rs, String column, String nanoColumn) throws SQLException {
        Instant micros = instant(rs, column);
        return micros == null ? null : Instant.ofEpochSecond(micros.getEpochSecond(), rs.getInt(nanoColumn));
    }

    /** The instant to the microsecond, truncated, for {@link #instant(ResultSet, String, String)}. */
    public static OffsetDateTime micros(Instant instant) {
        return timestamp(instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }
}
