package th.go.mol.oneplan.query.workers;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.register.PersonalData;
import th.go.mol.oneplan.register.WorkerHistory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers about registered workers: the non-personal fields from {@code registered_worker} (kept by
 * {@link WorkersProjection}), the personal ones from the worker's own events in the event store (decrypted by the
 * storage layer, or {@link PersonalData#ERASED}), masked unless the caller's read was authorized and recorded.
 */
@Component
@Profile("!command")
public class WorkerQueries {
    private final NamedParameterJdbcTemplate jdbc;
    private final EventStore eventStore;

    public WorkerQueries(NamedParameterJdbcTemplate jdbc, EventStore eventStore) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
    }

    /** A centre's register, a page of it; past the end, none. */
    public WorkersPage ofCentre(String centreId, int page, int size) {
        MapSqlParameterSource args = new MapSqlParameterSource("centreId", centreId);
        Long total = jdbc.queryForObject("SELECT count(*) FROM registered_worker WHERE centre_id = :centreId", args,
                Long.class);
        List<WorkerSummary> workers = jdbc.query("""
                        SELECT worker_id, subdistrict_code, title, sex, age_band, occupation, education, problems,
                               needs, registered_on, services, erased
                          FROM registered_worker
                         WHERE centre_id = :centreId
                         ORDER BY registered_on, worker_id
                         LIMIT :size OFFSET :offset""",
                args.addValue("size", size).addValue("offset", (long) page * size),
                (rs, n) -> new WorkerSummary(rs.getString("worker_id"), rs.getInt("subdistrict_code"),
                        rs.getString("title"), rs.getString("sex"), rs.getString("age_band"),
                        rs.getString("occupation"), rs.getString("education"), Columns.texts(rs, "problems"),
                        Columns.texts(rs, "needs"), Columns.date(rs, "registered_on"), rs.getInt("services"),
                        rs.getBoolean("erased")));
        return new WorkersPage(centreId, page, size, total == null ? 0 : total, workers);
    }

    /** Whether the register's read side holds the worker yet. */
    public boolean exists(String workerId) {
        return !jdbc.queryForList("SELECT 1 FROM registered_worker WHERE worker_id = :workerId",
                Map.of("workerId", workerId)).isEmpty();
    }

    /** The worker with the personal data masked; empty for a worker the read side does not hold. */
    public Optional<WorkerDetail> masked(String workerId) {
        // The event store is ahead of the read table: an erasure shows there at once, with its day.
        Optional<WorkerHistory> history = WorkerHistory.read(eventStore, workerId);
        PersonalData personal = history.map(h -> h.erased() ? PersonalData.ERASED : h.personalData())
                .orElse(PersonalData.ERASED);
        LocalDate erasedOn = history.map(WorkerHistory::erasedOn).orElse(null);
        return jdbc.query("""
                        SELECT worker_id, centre_id, subdistrict_code, district_code, province_code, title, sex,
                               age_band, occupation, education, problems, needs, lawful_basis, registered_on,
                               services, erased, erased_on, event_id, recorded_by, recorded_at
                          FROM registered_worker
                         WHERE worker_id = :workerId""",
                Map.of("workerId", workerId), detail(personal, erasedOn)).stream().findFirst();
    }

    /** The worker's personal data unmasked, as the event store gives it back (erased: every field null). */
    public Optional<WorkerPersonalData> unmasked(String workerId) {
        return WorkerHistory.read(eventStore, workerId).map(history -> {
            PersonalData p = history.erased() ? PersonalData.ERASED : history.personalData();
            return new WorkerPersonalData(workerId, history.erased() || p.isErased(),
                    p.nationalId() == null ? null : p.nationalId().formatted(), p.firstName(), p.lastName(),
                    p.dateOfBirth(), p.phone(), p.houseNumber(), p.villageNumber(), history.subdistrictCode());
        });
    }

    private static RowMapper<WorkerDetail> detail(PersonalData personal, LocalDate erasedOn) {
        return (rs, n) -> {
            boolean erased = rs.getBoolean("erased") || personal.isErased();
            PersonalData shown = erased ? PersonalData.ERASED : personal;
            return new WorkerDetail(rs.getString("worker_id"), rs.getString("centre_id"),
                    rs.getInt("subdistrict_code"), rs.getInt("district_code"), rs.getInt("province_code"),
                    rs.getString("title"), rs.getString("sex"), rs.getString("age_band"), rs.getString("occupation"),
                    rs.getString("education"), Columns.texts(rs, "problems"), Columns.texts(rs, "needs"),
                    rs.getString("lawful_basis"), Columns.date(rs, "registered_on"), rs.getInt("services"), erased,
                    erasedOn != null ? erasedOn : Columns.date(rs, "erased_on"), Masking.nationalId(shown.nationalId()),
                    Masking.name(shown.firstName()), Masking.name(shown.lastName()), Masking.phone(shown.phone()),
                    rs.getString("event_id"), rs.getString("recorded_by"), Columns.instant(rs, "recorded_at"));
        };
    }
}
