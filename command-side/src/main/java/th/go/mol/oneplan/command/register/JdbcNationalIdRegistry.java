package th.go.mol.oneplan.command.register;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.register.NationalId;
import th.go.mol.oneplan.register.NationalIdAlreadyRegistered;
import th.go.mol.oneplan.register.NationalIdRegistry;

import java.util.List;

/**
 * The national-id registry on table {@code national_id_claim} (Flyway V13): one row per registered person, keyed by
 * the keyed hash of the national id, holding the worker and the worker's centre.
 *
 * <p>It writes through Spring's {@link JdbcTemplate}, which takes the connection bound to the current Spring
 * transaction: the one {@code LedgerCommands} opens around the command, which Axon's unit of work joins
 * ({@code SpringTransactionManager} over the {@code DataSourceTransactionManager}) and in which the worker's events
 * are appended. So a claim is committed with the registration's events or not at all.
 *
 * <p>Two registrations of one person at once: the second insert waits on the primary key for the first
 * transaction, then finds the row the first committed and is refused; had the first rolled back, it goes ahead.
 */
@Component
@Profile("!query")
public class JdbcNationalIdRegistry implements NationalIdRegistry {
    private final JdbcTemplate jdbc;
    private final NationalIdHasher hasher;

    public JdbcNationalIdRegistry(JdbcTemplate jdbc, NationalIdHasher hasher) {
        this.jdbc = jdbc;
        this.hasher = hasher;
    }

    @Override
    public void claim(NationalId nationalId, String workerId, String centreId) {
        byte[] idHash = hasher.hash(nationalId);
        int inserted = jdbc.update("insert into national_id_claim (id_hash, worker_id, centre_id) values (?, ?, ?)"
                + " on conflict do nothing", idHash, workerId, centreId);
        if (inserted == 1) {
            return;
        }
        List<Holder> holders = jdbc.query("select worker_id, centre_id from national_id_claim where id_hash = ?",
                (rs, n) -> new Holder(rs.getString("worker_id"), rs.getString("centre_id")), idHash);
        if (!holders.isEmpty() && !holders.get(0).workerId().equals(workerId)) {
            throw new NationalIdAlreadyRegistered(holders.get(0).centreId());
        }
        // Either this worker holds the id already (the same registration sent again), or the worker id holds another
        // person: both are a worker that exists, and appending its first event again is refused by the event store.
    }

    @Override
    public void moved(String workerId, String centreId) {
        jdbc.update("update national_id_claim set centre_id = ? where worker_id = ?", centreId, workerId);
    }

    @Override
    public void released(String workerId) {
        jdbc.update("delete from national_id_claim where worker_id = ?", workerId);
    }

    private record Holder(String workerId, String centreId) {
    }
}
