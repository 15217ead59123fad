package th.go.mol.oneplan.query.acts;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.query.Columns;

import java.util.List;
import java.util.Map;

/** Reads a drive's acts back from {@code drive_act}, as the detail and the KPI explanations need them. */
@Repository
@Profile("!command")
public class DriveActs {
    private final NamedParameterJdbcTemplate jdbc;

    public DriveActs(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The drive's acts in stream order; empty when the drive is unknown (or not projected yet). */
    public List<StoredAct> of(String driveId) {
        return jdbc.query("""
                        SELECT event_id, position, event_type, payload::text AS payload, corrected_by
                          FROM drive_act
                         WHERE drive_id = :driveId
                         ORDER BY position""",
                Map.of("driveId", driveId),
                (rs, n) -> new StoredAct(rs.getString("event_id"), rs.getLong("position"),
                        ActTypes.read(rs.getString("event_type"), rs.getString("payload")),
                        Columns.texts(rs, "corrected_by")));
    }

    /** The history the domain's rules and KPI assessment look at: the acts, corrections applied, in order. */
    public static DriveHistory historyOf(List<StoredAct> acts) {
        DriveHistory history = new DriveHistory();
        acts.forEach(stored -> history.record(stored.act()));
        return history;
    }
}
