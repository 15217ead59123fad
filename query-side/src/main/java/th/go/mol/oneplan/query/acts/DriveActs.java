package th.go.mol.oneplan.query.acts;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.basis.Clocks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a drive's acts back from {@code drive_act_version} and each act type's tables ({@link ActColumns}), as the
 * detail, the budget, the reporting calendar and the KPI explanations need them: as the record reads now, or as it
 * read at given clocks. One query for the versions, then one per table of the kinds of act among them.
 */
@Repository
@Profile("!command")
public class DriveActs {
    private final NamedParameterJdbcTemplate jdbc;

    public DriveActs(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The drive's acts as they read now, in stream order; empty when the drive is unknown (or not projected yet). */
    public List<StoredAct> of(String driveId) {
        return of(driveId, Clocks.NOW);
    }

    /** The drive's acts as read at the clocks ({@link ActVersions#asRead}), in stream order. */
    public List<StoredAct> of(String driveId, Clocks clocks) {
        return ActVersions.asRead(versions(driveId, clocks), clocks);
    }

    /** Every version of the drive's acts recorded by the clocks' {@code recordedAsOf}, in stream order. */
    public List<ActVersion> versions(String driveId, Clocks clocks) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("driveId", driveId);
        String where = "v.drive_id = :driveId";
        if (clocks.recordedAsOf() != null) {
            where += " AND v.recorded_at <= :recordedAsOf";
            parameters.addValue("recordedAsOf", Columns.timestamp(clocks.recordedAsOf()));
        }
        return select(where, parameters);
    }

    /** Every version of one act, oldest first; empty when it is not (or not yet) kept. */
    public List<ActVersion> versionsOf(String eventId) {
        return select("v.event_id = :eventId", new MapSqlParameterSource("eventId", eventId));
    }

    private List<ActVersion> select(String where, MapSqlParameterSource parameters) {
        List<Common> rows = jdbc.query("""
                        SELECT v.event_id, v.version, v.drive_id, v.position, v.act_type, v.business_date,
                               v.late_record, v.global_position, v.recorded_at, v.recorded_by, v.correction_event_id,
                               v.what_was_wrong, v.act_recorded_by, v.act_recorded_at, v.act_recorded_nano,
                               v.act_command_id
                          FROM drive_act_version v
                         WHERE""" + " " + where + " ORDER BY v.position, v.version",
                parameters,
                (rs, n) -> new Common(new VersionKey(rs.getString("event_id"), rs.getInt("version")),
                        rs.getLong("position"), rs.getString("act_type"), rs.getLong("global_position"),
                        Columns.instant(rs, "recorded_at"), rs.getString("recorded_by"),
                        rs.getString("correction_event_id"), rs.getString("what_was_wrong"),
                        new ActCommon(rs.getString("drive_id"), rs.getString("event_id"),
                                Columns.date(rs, "business_date"), rs.getBoolean("late_record"),
                                new Recording(rs.getString("act_recorded_by"),
                                        Columns.instant(rs, "act_recorded_at", "act_recorded_nano"),
                                        rs.getString("act_command_id")))));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<VersionKey, ActCommon> commons = new LinkedHashMap<>();
        Set<String> kinds = new LinkedHashSet<>();
        rows.forEach(row -> {
            commons.put(row.key(), row.common());
            kinds.add(row.actType());
        });
        ActReader in = new ActReader(jdbc, where, parameters, commons);
        Map<VersionKey, RecordedAct> acts = new HashMap<>();
        kinds.forEach(kind -> acts.putAll(ActTypes.columns(kind).read(in)));
        List<ActVersion> versions = new ArrayList<>(rows.size());
        for (Common row : rows) {
            RecordedAct act = acts.get(row.key());
            if (act == null) {
                throw new IllegalStateException("version " + row.key().version() + " of " + row.key().eventId()
                        + " has no row in the tables of " + row.actType());
            }
            versions.add(new ActVersion(row.key().eventId(), row.key().version(), row.position(), row.actType(),
                    row.common().businessDate(), row.globalPosition(), row.recordedAt(), row.recordedBy(),
                    row.correctionEventId(), row.whatWasWrong(), act));
        }
        return versions;
    }

    /** The history the domain's rules and KPI assessment look at: the acts, corrections applied, in order. */
    public static DriveHistory historyOf(List<StoredAct> acts) {
        DriveHistory history = new DriveHistory();
        acts.forEach(stored -> history.record(stored.act()));
        return history;
    }

    private record Common(VersionKey key, long position, String actType, long globalPosition,
                          java.time.Instant recordedAt, String recordedBy, String correctionEventId,
                          String whatWasWrong, ActCommon common) {
    }
}
