package th.go.mol.oneplan.query.acts;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.basis.Clocks;

import java.util.List;

/**
 * Reads a drive's acts back from {@code drive_act_version}, as the detail, the budget, the reporting calendar and
 * the KPI explanations need them: as the record reads now, or as it read at given clocks.
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
        String recordedBy = "";
        if (clocks.recordedAsOf() != null) {
            recordedBy = " AND recorded_at <= :recordedAsOf";
            parameters.addValue("recordedAsOf", Columns.timestamp(clocks.recordedAsOf()));
        }
        return jdbc.query("""
                        SELECT event_id, version, position, act_type, business_date, global_position, recorded_at,
                               recorded_by, correction_event_id, what_was_wrong, content::text AS content
                          FROM drive_act_version
                         WHERE drive_id = :driveId""" + recordedBy + """

                         ORDER BY position, version""",
                parameters,
                (rs, n) -> new ActVersion(rs.getString("event_id"), rs.getInt("version"), rs.getLong("position"),
                        rs.getString("act_type"), Columns.date(rs, "business_date"), rs.getLong("global_position"),
                        Columns.instant(rs, "recorded_at"), rs.getString("recorded_by"),
                        rs.getString("correction_event_id"), rs.getString("what_was_wrong"), rs.getString("content")));
    }

    /** The history the domain's rules and KPI assessment look at: the acts, corrections applied, in order. */
    public static DriveHistory historyOf(List<StoredAct> acts) {
        DriveHistory history = new DriveHistory();
        acts.forEach(stored -> history.record(stored.act()));
        return history;
    }
}
