package th.go.mol.oneplan.query.audit;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.query.Columns;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers for a drive's audit trail from {@code drive_audit_entry}. */
@Component
@Profile("!command")
public class DriveAuditQueries {
    private final NamedParameterJdbcTemplate jdbc;

    public DriveAuditQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when no drive has that id; a page past the end has no entries. */
    @QueryHandler
    public Optional<DriveAudit> handle(FindDriveAudit query) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM drive_audit_entry WHERE drive_id = :driveId",
                Map.of("driveId", query.driveId()), Long.class);
        if (total == null || total == 0) {
            return Optional.empty();
        }
        List<AuditEntry> entries = jdbc.query("""
                        SELECT position, event_id, event_type, business_date, recorded_at, recorded_by, command_id,
                               late_record, summary, corrects_event_id, corrected_by, caused_by_event_id
                          FROM drive_audit_entry
                         WHERE drive_id = :driveId
                         ORDER BY position
                         LIMIT :size OFFSET :offset""",
                new MapSqlParameterSource()
                        .addValue("driveId", query.driveId())
                        .addValue("size", query.size())
                        .addValue("offset", (long) query.page() * query.size()),
                (rs, n) -> new AuditEntry(rs.getLong("position"), rs.getString("event_id"), rs.getString("event_type"),
                        Columns.date(rs, "business_date"), Columns.instant(rs, "recorded_at"),
                        rs.getString("recorded_by"), rs.getString("command_id"), rs.getBoolean("late_record"),
                        rs.getString("summary"), rs.getString("corrects_event_id"), Columns.texts(rs, "corrected_by"),
                        rs.getString("caused_by_event_id")));
        return Optional.of(new DriveAudit(query.driveId(), query.page(), query.size(), total, entries));
    }
}
