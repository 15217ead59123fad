package th.go.mol.oneplan.command.register;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import th.go.mol.oneplan.command.sending.BatchPreparation;
import th.go.mol.oneplan.register.NationalId;
import th.go.mol.oneplan.register.NationalIdAlreadyRegistered;
import th.go.mol.oneplan.register.NationalIdRegistry;
import th.go.mol.oneplan.register.RegisterWorker;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

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
 *
 * <p>A batch of registrations ({@code BatchCommands}, the bulk import) claims its ids in one statement before its
 * commands are sent ({@link #beforeSending}): the claims it made are remembered in a set bound to the transaction,
 * and {@link #claim} answers a remembered (id, worker, centre) with no round trip. An id the batch could not claim
 * (held by another worker, or twice in the batch) is not in the set, so its {@link #claim} goes the single path
 * and is refused as it would be alone. The batch's claims are in its transaction: a refusal rolls them back.
 */
@Component
@Profile("!query")
public class JdbcNationalIdRegistry implements NationalIdRegistry, BatchPreparation {
    private final JdbcTemplate jdbc;
    private final NationalIdHasher hasher;
    private final LongAdder claimedOneByOne = new LongAdder();

    public JdbcNationalIdRegistry(JdbcTemplate jdbc, NationalIdHasher hasher) {
        this.jdbc = jdbc;
        this.hasher = hasher;
    }

    @Override
    public void claim(NationalId nationalId, String workerId, String centreId) {
        byte[] idHash = hasher.hash(nationalId);
        Set<String> claimedByBatch = claimedInTransaction();
        if (claimedByBatch != null && claimedByBatch.remove(pair(idHash, workerId, centreId))) {
            return;
        }
        claimedOneByOne.increment();
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

    /**
     * Claims, in one statement, the national ids of the registrations among the batch's commands, and remembers in
     * the transaction which of them it claimed for which worker. Registrations it cannot read a claim from (no id,
     * no centre, an id it cannot hash) are left to their handler, which refuses them.
     */
    @Override
    public void beforeSending(List<Object> commands) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        List<Claim> claims = new ArrayList<>();
        for (Object command : commands) {
            if (command instanceof RegisterWorker register && register.nationalId() != null
                    && register.workerId() != null && register.centreId() != null) {
                claims.add(new Claim(hasher.hash(register.nationalId()), register.workerId(), register.centreId()));
            }
        }
        if (claims.isEmpty()) {
            return;
        }
        // In the order of the hashes, so two batches holding the same ids wait on each other instead of deadlocking.
        claims.sort(Comparator.comparing(Claim::idHash, java.util.Arrays::compareUnsigned));
        byte[][] hashes = new byte[claims.size()][];
        String[] workers = new String[claims.size()];
        String[] centres = new String[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            hashes[i] = claims.get(i).idHash();
            workers[i] = claims.get(i).workerId();
            centres[i] = claims.get(i).centreId();
        }
        List<String> made = jdbc.execute((Connection connection) -> {
            try (var statement = connection.prepareStatement("insert into national_id_claim (id_hash, worker_id,"
                    + " centre_id) select * from unnest(?::bytea[], ?::text[], ?::text[]) on conflict do nothing"
                    + " returning id_hash, worker_id, centre_id")) {
                statement.setArray(1, connection.createArrayOf("bytea", hashes));
                statement.setArray(2, connection.createArrayOf("text", workers));
                statement.setArray(3, connection.createArrayOf("text", centres));
                List<String> rows = new ArrayList<>(claims.size());
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(pair(rs.getBytes(1), rs.getString(2), rs.getString(3)));
                    }
                }
                return rows;
            }
        });
        Set<String> claimedByBatch = claimedInTransaction();
        if (claimedByBatch == null) {
            Set<String> bound = new HashSet<>();
            TransactionSynchronizationManager.bindResource(this, bound);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(JdbcNationalIdRegistry.this);
                }
            });
            claimedByBatch = bound;
        }
        claimedByBatch.addAll(made);
    }

    @Override
    public void moved(String workerId, String centreId) {
        jdbc.update("update national_id_claim set centre_id = ? where worker_id = ?", centreId, workerId);
    }

    @Override
    public void released(String workerId) {
        jdbc.update("delete from national_id_claim where worker_id = ?", workerId);
    }

    /**
     * How many claims this node has made one by one, with their own round trips, since it started (not those a
     * batch made together): what shows that an import's batches claim their ids in one statement.
     */
    public long claimsMadeOneByOne() {
        return claimedOneByOne.sum();
    }

    @SuppressWarnings("unchecked")
    private Set<String> claimedInTransaction() {
        return (Set<String>) TransactionSynchronizationManager.getResource(this);
    }

    private static String pair(byte[] idHash, String workerId, String centreId) {
        return HexFormat.of().formatHex(idHash) + '\n' + workerId + '\n' + centreId;
    }

    private record Claim(byte[] idHash, String workerId, String centreId) {
    }

    private record Holder(String workerId, String centreId) {
    }
}
