package th.go.mol.oneplan.query.served;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How many registered workers each drive served, from {@code drive_worker_served} (counted, never listed). */
@Repository
@Profile("!command")
public class DriveWorkersServed {
    private final NamedParameterJdbcTemplate jdbc;

    public DriveWorkersServed(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The drive's registered workers served, each once; 0 for a drive unknown or not projected yet. */
    public long count(String driveId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM drive_worker_served WHERE drive_id = :driveId",
                Map.of("driveId", driveId), Long.class);
        return count == null ? 0 : count;
    }

    /** The count of each of these drives (each a scan of its own rows of the primary key); absent ones served none. */
    public Map<String, Long> counts(Collection<String> driveIds) {
        Map<String, Long> counts = new HashMap<>();
        if (driveIds.isEmpty()) {
            return counts;
        }
        jdbc.query("""
                        SELECT drive_id, count(*) AS served
                          FROM drive_worker_served
                         WHERE drive_id IN (:driveIds)
                         GROUP BY drive_id""",
                Map.of("driveIds", List.copyOf(driveIds)),
                rs -> {
                    counts.put(rs.getString("drive_id"), rs.getLong("served"));
                });
        return counts;
    }
}
