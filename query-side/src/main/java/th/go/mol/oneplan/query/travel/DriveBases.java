package th.go.mol.oneplan.query.travel;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.basis.Basis;
import th.go.mol.oneplan.query.basis.Clocks;

import java.util.List;

/**
 * The basis a drive's answer states: the clocks asked for, and the last event of the drive in the record as it
 * stood at {@code recordedAsOf} (the drive's audit trail, which has a line for every event of the drive). An
 * answer for {@code asOf} reads that record as of the business date, so asking again with the stated
 * {@code recordedAt} as {@code recordedAsOf} and the same {@code asOf} gives the same answer.
 */
@Repository
@Profile("!command")
public class DriveBases {
    private final NamedParameterJdbcTemplate jdbc;

    public DriveBases(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Basis of(String driveId, Clocks clocks) {
        return of(List.of(driveId), clocks);
    }

    /** The basis of an answer over several drives (a roll-up): the last event of any of them in the record read. */
    public Basis of(List<String> driveIds, Clocks clocks) {
        if (driveIds.isEmpty()) {
            return clocks.basis(null, null);
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("driveIds", driveIds);
        String recordedBy = "";
        if (clocks.recordedAsOf() != null) {
            recordedBy = " AND recorded_at <= :recordedAsOf";
            parameters.addValue("recordedAsOf", Columns.timestamp(clocks.recordedAsOf()));
        }
        // Each drive's last line is the first entry of its range of drive_audit_entry_basis_idx (V25), so the
        // answer costs one index probe per drive, not a sort of every audit line of the drives asked for.
        return jdbc.query("""
                        SELECT last.global_position, last.recorded_at
                          FROM unnest(ARRAY[:driveIds]::text[]) AS asked(drive_id)
                         CROSS JOIN LATERAL (
                               SELECT global_position, recorded_at, position
                                 FROM drive_audit_entry
                                WHERE drive_id = asked.drive_id""" + recordedBy + """

                                ORDER BY global_position DESC NULLS LAST, position DESC
                                LIMIT 1) AS last
                         ORDER BY last.global_position DESC NULLS LAST, last.position DESC
                         LIMIT 1""",
                parameters,
                rs -> rs.next()
                        ? clocks.basis(rs.getObject("global_position", Long.class), Columns.instant(rs, "recorded_at"))
                        : clocks.basis(null, null));
    }
}
