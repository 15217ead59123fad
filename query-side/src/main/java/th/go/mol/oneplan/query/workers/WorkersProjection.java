package th.go.mol.oneplan.query.workers;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.UnopenedEvents;
import th.go.mol.oneplan.register.PersonalDataErased;
import th.go.mol.oneplan.register.ServiceDelivered;
import th.go.mol.oneplan.register.WorkerMoved;
import th.go.mol.oneplan.register.WorkerProfileUpdated;
import th.go.mol.oneplan.register.WorkerRegistered;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds the register's events into {@code registered_worker}: the fields outside {@code PersonalData} only, never
 * a personal one, so the read table survives a theft and an erasure without naming anyone. Each update applies
 * only to a row whose last folded event is earlier ({@code last_sequence}), so a re-delivered event changes
 * nothing.
 *
 * <p>A registration's row is not inserted at once: the rows of an event processor's batch are inserted together,
 * in one JDBC batch when the batch commits (a bulk import registers workers by the thousand, and a statement per
 * event cost a round trip and a statement's overhead each). Any other event of the batch first inserts the rows
 * waiting, so it always finds the row of a registration that came before it.
 */
@Component
@Profile("!command")
@ProcessingGroup(WorkersProjection.GROUP)
@AllowReplay
public class WorkersProjection {
    public static final String GROUP = "registered-workers";

    private static final String PENDING = WorkersProjection.class.getName() + ".pending";
    private static final String INSERT = """
            INSERT INTO registered_worker (worker_id, centre_id, subdistrict_code, district_code, province_code, title,
                                           sex, age_band, occupation, education, problems, needs, lawful_basis,
                                           registered_on, last_sequence, event_id, recorded_by, recorded_at)
            VALUES (:workerId, :centreId, :subdistrictCode, :districtCode, :provinceCode, :title, :sex, :ageBand,
                    :occupation, :education, string_to_array(:problems, ','), string_to_array(:needs, ','),
                    :lawfulBasis, :registeredOn, :sequence, :eventId, :recordedBy, :recordedAt)
            ON CONFLICT DO NOTHING""";

    private final NamedParameterJdbcTemplate jdbc;
    private final UnopenedEvents events;

    public WorkersProjection(NamedParameterJdbcTemplate jdbc, UnopenedEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    // The events that carry personal data are read with it left sealed: nothing here reads it (UnopenedEvents).

    @EventHandler(payloadType = WorkerRegistered.class)
    void onRegistered(EventMessage<?> message, @SequenceNumber long sequence) {
        on(events.payload(message, WorkerRegistered.class), sequence);
    }

    @EventHandler(payloadType = WorkerProfileUpdated.class)
    void onProfileUpdated(EventMessage<?> message, @SequenceNumber long sequence) {
        on(events.payload(message, WorkerProfileUpdated.class), sequence);
    }

    @EventHandler(payloadType = WorkerMoved.class)
    void onMoved(EventMessage<?> message, @SequenceNumber long sequence) {
        on(events.payload(message, WorkerMoved.class), sequence);
    }

    void on(WorkerRegistered registered, long sequence) {
        MapSqlParameterSource row = new MapSqlParameterSource()
                .addValue("workerId", registered.workerId())
                .addValue("centreId", registered.centreId())
                .addValue("subdistrictCode", registered.subdistrictCode())
                .addValue("districtCode", registered.districtCode())
                .addValue("provinceCode", registered.provinceCode())
                .addValue("title", registered.title().name())
                .addValue("sex", registered.sex().name())
                .addValue("ageBand", registered.ageBand().name())
                .addValue("occupation", registered.occupation().name())
                .addValue("education", registered.education().name())
                .addValue("problems", names(registered.problems()))
                .addValue("needs", names(registered.needs()))
                .addValue("lawfulBasis", registered.lawfulBasis().basis().name())
                .addValue("registeredOn", registered.businessDate())
                .addValue("sequence", sequence)
                .addValue("eventId", registered.workerId() + "/" + (sequence + 1))
                .addValue("recordedBy", registered.recording().recordedBy())
                .addValue("recordedAt", Columns.timestamp(registered.recording().recordedAt()));
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(INSERT, row);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.getOrComputeResource(PENDING, key -> {
            List<MapSqlParameterSource> rows = new ArrayList<>();
            batch.onPrepareCommit(u -> insert(rows));
            return rows;
        }).add(row);
    }

    /** Inserts the registrations of this batch not inserted yet, before any other statement of the batch. */
    private void insertPending() {
        if (CurrentUnitOfWork.isStarted()) {
            List<MapSqlParameterSource> rows = CurrentUnitOfWork.get().root().getResource(PENDING);
            if (rows != null) {
                insert(rows);
            }
        }
    }

    private void insert(List<MapSqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
            rows.clear();
        }
    }

    void on(WorkerProfileUpdated updated, long sequence) {
        insertPending();
        jdbc.update("""
                        UPDATE registered_worker
                           SET occupation = COALESCE(:occupation, occupation),
                               education = COALESCE(:education, education),
                               problems = CASE WHEN CAST(:problems AS TEXT) IS NULL THEN problems
                                               ELSE string_to_array(:problems, ',') END,
                               needs = CASE WHEN CAST(:needs AS TEXT) IS NULL THEN needs
                                            ELSE string_to_array(:needs, ',') END,
                               last_sequence = :sequence
                         WHERE worker_id = :workerId AND last_sequence < :sequence""",
                new MapSqlParameterSource()
                        .addValue("workerId", updated.workerId())
                        .addValue("occupation", updated.occupation() == null ? null : updated.occupation().name(),
                                Types.VARCHAR)
                        .addValue("education", updated.education() == null ? null : updated.education().name(),
                                Types.VARCHAR)
                        .addValue("problems", updated.problems() == null ? null : names(updated.problems()),
                                Types.VARCHAR)
                        .addValue("needs", updated.needs() == null ? null : names(updated.needs()), Types.VARCHAR)
                        .addValue("sequence", sequence));
    }

    void on(WorkerMoved moved, long sequence) {
        insertPending();
        jdbc.update("""
                        UPDATE registered_worker
                           SET centre_id = :centreId, subdistrict_code = :subdistrictCode,
                               district_code = :districtCode, province_code = :provinceCode,
                               last_sequence = :sequence
                         WHERE worker_id = :workerId AND last_sequence < :sequence""",
                new MapSqlParameterSource()
                        .addValue("workerId", moved.workerId())
                        .addValue("centreId", moved.centreId())
                        .addValue("subdistrictCode", moved.subdistrictCode())
                        .addValue("districtCode", moved.districtCode())
                        .addValue("provinceCode", moved.provinceCode())
                        .addValue("sequence", sequence));
    }

    @EventHandler
    void on(ServiceDelivered delivered, @SequenceNumber long sequence) {
        insertPending();
        jdbc.update("""
                        UPDATE registered_worker SET services = services + 1, last_sequence = :sequence
                         WHERE worker_id = :workerId AND last_sequence < :sequence""",
                new MapSqlParameterSource().addValue("workerId", delivered.workerId()).addValue("sequence", sequence));
    }

    @EventHandler
    void on(PersonalDataErased erased, @SequenceNumber long sequence) {
        insertPending();
        jdbc.update("""
                        UPDATE registered_worker SET erased = TRUE, erased_on = :erasedOn, last_sequence = :sequence
                         WHERE worker_id = :workerId AND last_sequence < :sequence""",
                new MapSqlParameterSource().addValue("workerId", erased.workerId())
                        .addValue("erasedOn", erased.businessDate()).addValue("sequence", sequence));
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute("TRUNCATE TABLE registered_worker");
    }

    /** Enum names joined by commas (none contains one), made an array by string_to_array. */
    private static String names(List<? extends Enum<?>> values) {
        return values == null ? "" : String.join(",", values.stream().map(Enum::name).toList());
    }
}
