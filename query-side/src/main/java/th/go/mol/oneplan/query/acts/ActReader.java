package th.go.mol.oneplan.query.acts;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of the act versions a query selected (a drive's, or one act's) from an act type's tables: one
 * query a table for all of them, joined to {@code drive_act_version} (alias {@code v}) on the selection.
 */
public final class ActReader {
    private final NamedParameterJdbcTemplate jdbc;
    private final String where;
    private final MapSqlParameterSource parameters;
    private final Map<VersionKey, ActCommon> commons;

    ActReader(NamedParameterJdbcTemplate jdbc, String where, MapSqlParameterSource parameters,
              Map<VersionKey, ActCommon> commons) {
        this.jdbc = jdbc;
        this.where = where;
        this.parameters = parameters;
        this.commons = commons;
    }

    /** Builds an act from its common part and its row of its type's own table. */
    @FunctionalInterface
    public interface ActMapper<A> {
        A map(ResultSet rs, ActCommon common) throws SQLException;
    }

    /** The acts of the kind, one per selected version of it, from the kind's own table. */
    public <A> Map<VersionKey, A> acts(ActColumns<?> kind, String table, ActMapper<A> mapper) {
        Map<VersionKey, A> acts = new HashMap<>();
        jdbc.query(select(kind, table, "t.event_id, t.version"), parameters(kind), rs -> {
            VersionKey key = key(rs);
            ActCommon common = commons.get(key);
            if (common != null) {
                acts.put(key, mapper.map(rs, common));
            }
        });
        return acts;
    }

    /** The kind's rows of a child table, by version, in {@code orderBy} order (columns of {@code t}). */
    public <T> Map<VersionKey, List<T>> lists(ActColumns<?> kind, String table, String orderBy, RowMapper<T> mapper) {
        Map<VersionKey, List<T>> lists = new HashMap<>();
        jdbc.query(select(kind, table, "t.event_id, t.version, " + orderBy), parameters(kind), rs -> {
            lists.computeIfAbsent(key(rs), k -> new ArrayList<>()).add(mapper.mapRow(rs, rs.getRow()));
        });
        return lists;
    }

    private String select(ActColumns<?> kind, String table, String orderBy) {
        return "SELECT t.* FROM " + table + " t JOIN drive_act_version v ON v.event_id = t.event_id AND v.version ="
                + " t.version WHERE v.act_type = :actType AND " + where + " ORDER BY " + orderBy;
    }

    private MapSqlParameterSource parameters(ActColumns<?> kind) {
        return new MapSqlParameterSource(parameters.getValues()).addValue("actType", kind.type().getSimpleName());
    }

    private static VersionKey key(ResultSet rs) throws SQLException {
        return new VersionKey(rs.getString("event_id"), rs.getInt("version"));
    }
}
