package th.go.mol.oneplan.query.statistics;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.query.UnopenedEvents;
import th.go.mol.oneplan.register.AgeBand;
import th.go.mol.oneplan.register.Education;
import th.go.mol.oneplan.register.OccupationGroup;
import th.go.mol.oneplan.register.ServiceDelivered;
import th.go.mol.oneplan.register.Sex;
import th.go.mol.oneplan.register.WorkerId;
import th.go.mol.oneplan.register.WorkerMoved;
import th.go.mol.oneplan.register.WorkerProfileUpdated;
import th.go.mol.oneplan.register.WorkerRegistered;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the register's statistics per subdistrict, district, province and the nation as the register's events
 * arrive: registered workers, by occupation, education, sex, age band, need and problem; those served at least
 * once; services by type and agency. A worker counts where they live now: a move takes all their counts, the
 * served status too, from the old tambon to the new one. A profile update moves their occupation, education,
 * needs and problems counts. Services count where they were delivered.
 *
 * <p>It reads none of the personal data on the events ({@code personalData}): statistics hold exactly when a
 * person's data is erased, and an erasure (which carries no counts) is not handled at all.
 *
 * <p>Per worker it keeps a narrow row ({@code register_stats_worker}) with the worker's last event folded in, so a
 * re-delivered event changes nothing. A processor batch's registrations, event rows and area counters are written
 * together when the batch commits ({@link StatisticsBatch}, {@link StatisticsDeltas}); an event that reads its
 * worker's row first writes the registrations waiting.
 *
 * <p>Beside the counters it keeps each of those events' own changes ({@code register_stats_event},
 * {@link StatisticsHistory}), from which {@link StatisticsAtBasis} answers what the statistics were at a basis.
 */
@Component
@Profile("!command")
@ProcessingGroup(RegisterStatisticsProjection.GROUP)
@AllowReplay
public class RegisterStatisticsProjection {
    public static final String GROUP = "register-statistics";
    private static final String BATCH = RegisterStatisticsProjection.class.getName() + ".batch";

    private final NamedParameterJdbcTemplate jdbc;
    private final StatisticsHistory history;
    private final UnopenedEvents events;

    public RegisterStatisticsProjection(NamedParameterJdbcTemplate jdbc, UnopenedEvents events) {
        this.jdbc = jdbc;
        this.history = new StatisticsHistory(jdbc);
        this.events = events;
    }

    /** The event's event-store position, kept so an answer at a basis can say the last event it includes. */
    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("a tracking token without a position"));
    }

    // The events that carry personal data are read with it left sealed: nothing here reads it (UnopenedEvents).

    @EventHandler(payloadType = WorkerRegistered.class)
    void onRegistered(EventMessage<?> message, @SequenceNumber long sequence, TrackingToken token) {
        on(events.payload(message, WorkerRegistered.class), sequence, token);
    }

    @EventHandler(payloadType = WorkerProfileUpdated.class)
    void onProfileUpdated(EventMessage<?> message, @SequenceNumber long sequence, TrackingToken token) {
        on(events.payload(message, WorkerProfileUpdated.class), sequence, token);
    }

    @EventHandler(payloadType = WorkerMoved.class)
    void onMoved(EventMessage<?> message, @SequenceNumber long sequence, TrackingToken token) {
        on(events.payload(message, WorkerMoved.class), sequence, token);
    }

    void on(WorkerRegistered registered, long sequence, TrackingToken token) {
        WorkerFacts facts = new WorkerFacts(registered.subdistrictCode(), registered.occupation(),
                registered.education(), registered.sex(), registered.ageBand(),
                WorkerFacts.bits(registered.needs()), WorkerFacts.bits(registered.problems()), false);
        inBatch(batch -> {
            batch.recorded(StatisticsEvent.of(registered, sequence, position(token)));
            batch.registered(uuid(registered.workerId()), sequence, facts);
        });
    }

    void on(WorkerProfileUpdated updated, long sequence, TrackingToken token) {
        inBatch(batch -> batch.recorded(StatisticsEvent.of(updated, sequence, position(token))));
        change(updated.workerId(), sequence, before -> before.updated(updated.occupation(), updated.education(),
                updated.problems(), updated.needs()), null);
    }

    void on(WorkerMoved moved, long sequence, TrackingToken token) {
        inBatch(batch -> batch.recorded(StatisticsEvent.of(moved, sequence, position(token))));
        change(moved.workerId(), sequence, before -> before.movedTo(moved.subdistrictCode()), null);
    }

    @EventHandler
    void on(ServiceDelivered delivered, @SequenceNumber long sequence, TrackingToken token) {
        inBatch(batch -> batch.recorded(StatisticsEvent.of(delivered, sequence, position(token))));
        change(delivered.workerId(), sequence, WorkerFacts::servedOnce,
                deltas -> deltas.service(delivered.subdistrictCode(), delivered.service().name(),
                        delivered.agency().name()));
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute("TRUNCATE TABLE register_stats_worker, register_stats_area,"
                + " register_stats_count, register_stats_event");
    }

    /** Folds a later event of a worker: their row changes, and their counts move from the old facts to the new. */
    private void change(String workerId, long sequence, java.util.function.UnaryOperator<WorkerFacts> change,
                        java.util.function.Consumer<StatisticsDeltas> also) {
        UUID id = uuid(workerId);
        inBatch(batch -> batch.insertRegistrations(jdbc)); // the worker's registration may be waiting in this batch
        Optional<Stored> stored = load(id);
        if (stored.isEmpty() || sequence <= stored.get().lastSequence()) {
            return; // already folded in (a re-delivery); a worker's first event is always their registration
        }
        WorkerFacts before = stored.get().facts();
        WorkerFacts after = change.apply(before);
        jdbc.update("""
                        UPDATE register_stats_worker
                           SET last_sequence = :sequence, subdistrict_code = :subdistrict, needs = :needs,
                               problems = :problems, occupation = :occupation, education = :education, sex = :sex,
                               age_band = :ageBand, served = :served
                         WHERE worker_id = :workerId""",
                row(id, sequence, after));
        inBatch(batch -> {
            if (!before.equals(after)) {
                batch.deltas().changed(before, after);
            }
            if (also != null) {
                also.accept(batch.deltas());
            }
        });
    }

    private Optional<Stored> load(UUID workerId) {
        List<Stored> rows = jdbc.query("""
                        SELECT last_sequence, subdistrict_code, needs, problems, occupation, education, sex, age_band,
                               served
                          FROM register_stats_worker
                         WHERE worker_id = :workerId""",
                new MapSqlParameterSource("workerId", workerId),
                (rs, n) -> new Stored(rs.getLong("last_sequence"), new WorkerFacts(rs.getInt("subdistrict_code"),
                        OccupationGroup.values()[rs.getShort("occupation")],
                        Education.values()[rs.getShort("education")], Sex.values()[rs.getShort("sex")],
                        AgeBand.values()[rs.getShort("age_band")], rs.getInt("needs"), rs.getInt("problems"),
                        rs.getBoolean("served"))));
        return rows.stream().findFirst();
    }

    /**
     * Hands the processor batch's waiting writes to {@code use}: in a processor's batch they are written once, as the
     * batch commits (in its transaction); outside one (a test calling a handler) at once.
     */
    private void inBatch(java.util.function.Consumer<StatisticsBatch> use) {
        if (!CurrentUnitOfWork.isStarted()) {
            StatisticsBatch alone = new StatisticsBatch();
            use.accept(alone);
            alone.flush(jdbc, history);
            return;
        }
        UnitOfWork<?> unit = CurrentUnitOfWork.get().root();
        StatisticsBatch batch = unit.getOrComputeResource(BATCH, key -> {
            StatisticsBatch fresh = new StatisticsBatch();
            unit.onPrepareCommit(u -> fresh.flush(jdbc, history));
            return fresh;
        });
        use.accept(batch);
    }

    private static MapSqlParameterSource row(UUID workerId, long sequence, WorkerFacts facts) {
        return new MapSqlParameterSource()
                .addValue("workerId", workerId)
                .addValue("sequence", sequence)
                .addValue("subdistrict", facts.subdistrictCode())
                .addValue("needs", facts.needs())
                .addValue("problems", facts.problems())
                .addValue("occupation", (short) facts.occupation().ordinal())
                .addValue("education", (short) facts.education().ordinal())
                .addValue("sex", (short) facts.sex().ordinal())
                .addValue("ageBand", (short) facts.ageBand().ordinal())
                .addValue("served", facts.served());
    }

    /** The uuid of {@code worker-<uuid>}: 16 bytes a row instead of 43 characters. */
    static UUID uuid(String workerId) {
        return UUID.fromString(workerId.substring(WorkerId.PREFIX.length()));
    }

    private record Stored(long lastSequence, WorkerFacts facts) {
    }
}
