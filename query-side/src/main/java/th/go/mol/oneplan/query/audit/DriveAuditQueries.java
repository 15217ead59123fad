package th.go.mol.oneplan.query.audit;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.travel.DriveBases;
import th.go.mol.oneplan.query.travel.Retroactivity;

import java.time.Instant;
import java.time.LocalDate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers for a drive's audit trail from {@code drive_audit_entry}; at other clocks (docs/time-travel.md) only the
 * lines of events recorded by {@code recordedAsOf} and dated on or before {@code asOf}, each act listing only the
 * corrections recorded by {@code recordedAsOf}.
 */
@Component
@Profile("!command")
public class DriveAuditQueries {
    private final NamedParameterJdbcTemplate jdbc;

    private final DriveBases bases;
    private final Retroactivity retroactivity;

    public DriveAuditQueries(NamedParameterJdbcTemplate jdbc, DriveBases bases, Retroactivity retroactivity) {
        this.jdbc = jdbc;
        this.bases = bases;
        this.retroactivity = retroactivity;
    }

    /** Empty when no drive has that id; a page past the end has no entries. */
    @QueryHandler
    public Optional<DriveAudit> handle(FindDriveAudit query) {
        Boolean known = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM drive_audit_entry WHERE drive_id = :driveId)",
                Map.of("driveId", query.driveId()), Boolean.class);
        if (!Boolean.TRUE.equals(known)) {
            return Optional.empty();
        }
        Clocks clocks = query.clocks();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("driveId", query.driveId())
                .addValue("size", query.size())
                .addValue("offset", (long) query.page() * query.size());
        String atClocks = "";
        // Without recordedAsOf every correction listed counts; with it, only those recorded by then.
        String correctedBy = "corrected_by";
        if (clocks.recordedAsOf() != null) {
            atClocks += " AND recorded_at <= :recordedAsOf";
            correctedBy = """
                    ARRAY(SELECT c.event_id FROM drive_audit_entry c
                           WHERE c.drive_id = e.drive_id AND c.event_id = ANY (e.corrected_by)
                             AND c.recorded_at <= :recordedAsOf
                           ORDER BY c.position)""";
            parameters.addValue("recordedAsOf", Columns.timestamp(clocks.recordedAsOf()));
        }
        if (clocks.asOf() != null) {
            atClocks += " AND business_date <= :asOf";
            parameters.addValue("asOf", clocks.asOf());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM drive_audit_entry WHERE drive_id = :driveId" + atClocks,
                parameters, Long.class);
        List<AuditEntry> entries = jdbc.query("""
                        SELECT position, event_id, event_type, business_date, recorded_at, recorded_by, command_id,
                               late_record, summary, corrects_event_id, caused_by_event_id,
                        """ + correctedBy + " AS corrected_by" + """

                          FROM drive_audit_entry e
                         WHERE drive_id = :driveId""" + atClocks + """

                         ORDER BY position
                         LIMIT :size OFFSET :offset""",
                parameters,
                (rs, n) -> {
                    LocalDate businessDate = Columns.date(rs, "business_date");
                    Instant recordedAt = Columns.instant(rs, "recorded_at");
                    return new AuditEntry(rs.getLong("position"), rs.getString("event_id"),
                            rs.getString("event_type"), businessDate, recordedAt, rs.getString("recorded_by"),
                            rs.getString("command_id"), rs.getBoolean("late_record"), rs.getString("summary"),
                            rs.getString("corrects_event_id"), Columns.texts(rs, "corrected_by"),
                            rs.getString("caused_by_event_id"), retroactivity.retroactive(businessDate, recordedAt));
                });
        return Optional.of(new DriveAudit(query.driveId(), query.page(), query.size(), total == null ? 0 : total,
                entries, bases.of(query.driveId(), clocks)));
    }
}
