package th.go.mol.oneplan.query.statistics;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What an event processor's batch of register events has yet to write, written together as the batch commits: the
 * events' own rows ({@code register_stats_event}) in one JDBC batch, the registrations' worker rows
 * ({@code register_stats_worker}) in one statement, and the area counters summed ({@link StatisticsDeltas}). An
 * import registers workers by the thousand; two single-row inserts per event were most of this projection's time.
 *
 * <p>A registration counts in the areas only if its worker row was inserted (a re-delivered registration finds the
 * row there and counts nothing), so its counts are added when its row is written, from the rows the insert returns.
 * Any other event of the batch reads its worker's row, so the waiting registrations are written before it reads
 * ({@link #insertRegistrations}).
 */
final class StatisticsBatch {
    private static final String INSERT_WORKERS = """
            INSERT INTO register_stats_worker (worker_id, last_sequence, subdistrict_code, needs, problems, occupation,
                                               education, sex, age_band, served)
            SELECT * FROM unnest(?::uuid[], ?::bigint[], ?::int[], ?::int[], ?::int[], ?::smallint[], ?::smallint[],
                                 ?::smallint[], ?::smallint[], ?::boolean[])
            ON CONFLICT DO NOTHING
            RETURNING worker_id""";

    private final List<StatisticsEvent> events = new ArrayList<>();
    /** By worker; a registration delivered twice in one batch is the same event, kept once. */
    private final Map<UUID, Registration> registrations = new LinkedHashMap<>();
    private final StatisticsDeltas deltas = new StatisticsDeltas();

    void recorded(StatisticsEvent event) {
        events.add(event);
    }

    void registered(UUID workerId, long sequence, WorkerFacts facts) {
        registrations.putIfAbsent(workerId, new Registration(sequence, facts));
    }

    StatisticsDeltas deltas() {
        return deltas;
    }

    /** Writes the waiting registrations' worker rows and counts those inserted; the rest were there already. */
    void insertRegistrations(NamedParameterJdbcTemplate jdbc) {
        if (registrations.isEmpty()) {
            return;
        }
        JdbcTemplate plain = jdbc.getJdbcTemplate();
        Set<UUID> inserted = new HashSet<>(plain.query(connection -> statement(connection),
                (rs, n) -> rs.getObject(1, UUID.class)));
        registrations.forEach((workerId, registration) -> {
            if (inserted.contains(workerId)) {
                deltas.worker(registration.facts(), 1);
            }
        });
        registrations.clear();
    }

    /** Writes everything waiting and forgets it. */
    void flush(NamedParameterJdbcTemplate jdbc, StatisticsHistory history) {
        insertRegistrations(jdbc);
        history.record(events);
        events.clear();
        deltas.flush(jdbc);
    }

    /** The rows as one array per column: one statement, whatever the batch's size, with the same text each time. */
    private PreparedStatement statement(Connection connection) throws SQLException {
        int n = registrations.size();
        Object[] ids = new Object[n];
        Object[] sequences = new Object[n];
        Object[] subdistricts = new Object[n];
        Object[] needs = new Object[n];
        Object[] problems = new Object[n];
        Object[] occupations = new Object[n];
        Object[] educations = new Object[n];
        Object[] sexes = new Object[n];
        Object[] ageBands = new Object[n];
        Object[] served = new Object[n];
        int i = 0;
        for (Map.Entry<UUID, Registration> entry : registrations.entrySet()) {
            WorkerFacts facts = entry.getValue().facts();
            ids[i] = entry.getKey();
            sequences[i] = entry.getValue().sequence();
            subdistricts[i] = facts.subdistrictCode();
            needs[i] = facts.needs();
            problems[i] = facts.problems();
            occupations[i] = (short) facts.occupation().ordinal();
            educations[i] = (short) facts.education().ordinal();
            sexes[i] = (short) facts.sex().ordinal();
            ageBands[i] = (short) facts.ageBand().ordinal();
            served[i] = facts.served();
            i++;
        }
        PreparedStatement statement = connection.prepareStatement(INSERT_WORKERS);
        statement.setArray(1, connection.createArrayOf("uuid", ids));
        statement.setArray(2, connection.createArrayOf("bigint", sequences));
        statement.setArray(3, connection.createArrayOf("int", subdistricts));
        statement.setArray(4, connection.createArrayOf("int", needs));
        statement.setArray(5, connection.createArrayOf("int", problems));
        statement.setArray(6, connection.createArrayOf("smallint", occupations));
        statement.setArray(7, connection.createArrayOf("smallint", educations));
        statement.setArray(8, connection.createArrayOf("smallint", sexes));
        statement.setArray(9, connection.createArrayOf("smallint", ageBands));
        statement.setArray(10, connection.createArrayOf("boolean", served));
        return statement;
    }

    private record Registration(long sequence, WorkerFacts facts) {
    }
}
