package th.go.mol.oneplan.command.sending;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Many creations in one transaction, for senders that create aggregates by the thousand (the register's bulk
 * import): the same promises as {@link LedgerCommands} (idempotency rows written with the events, the first
 * outcome given back to a key sent again), at a fraction of the round trips.
 * <ul>
 * <li>No advisory lock and no version query per command: every command creates an aggregate under a new id the
 * sender chose, so no other writer can be appending to its stream (a clash on the id would still be refused by
 * the event store's unique key, failing the batch).</li>
 * <li>The idempotency rows of the whole batch are claimed in one statement, the outcomes of keys already used
 * read in one query, and the events of every command appended together: the commands run in nested units of work
 * of one root {@link UnitOfWork}, whose commit hands all their events to the event store at once.</li>
 * <li>All or nothing: the root unit of work runs inside one Spring transaction, which every command's own unit of
 * work (and its transaction) joins. A command that fails marks that transaction rollback-only and its exception
 * leaves {@link #createAll}, which rolls back the root unit of work and the transaction: nothing of the batch is
 * written, not even the commands before it. The sender may then send the commands one by one ({@link #create})
 * to register the good ones and learn which failed.</li>
 * <li>Before the commands are sent, every {@link BatchPreparation} is given the batch's commands (not those
 * replayed), so that what each would cost in round trips (a national-id claim, a data key) is done for the whole
 * batch in one statement, in the same transaction.</li>
 * </ul>
 */
@Component
@Profile("!query")
public class BatchCommands {
    private final CommandGateway commandGateway;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final List<BatchPreparation> preparations;

    public BatchCommands(CommandGateway commandGateway, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                         ObjectMapper json, ObjectProvider<BatchPreparation> preparations) {
        this.commandGateway = commandGateway;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.json = json;
        this.preparations = preparations.orderedStream().toList();
    }

    /**
     * Sends every creation in one transaction and answers their outcomes in the same order (replayed ones for keys
     * used before). {@code inSameTransaction} is given the outcomes before the commit, so that what the sender
     * records of them (an import's progress) is written with the events or not at all. Any failure of any command
     * is thrown, and nothing of the batch is written.
     */
    public List<Outcome> createAll(List<Creation> creations, Consumer<List<Outcome>> inSameTransaction) {
        if (creations.isEmpty()) {
            return transaction.execute(tx -> {
                inSameTransaction.accept(List.of());
                return List.of();
            });
        }
        return transaction.execute(tx -> {
            Map<Integer, Outcome> replayed = claimKeys(creations);
            // Each command is made once, given to the preparations and then sent.
            Object[] commands = new Object[creations.size()];
            List<Object> toSend = new ArrayList<>(creations.size());
            for (int i = 0; i < creations.size(); i++) {
                if (!replayed.containsKey(i)) {
                    Creation creation = creations.get(i);
                    commands[i] = creation.command().apply(creation.recording());
                    toSend.add(commands[i]);
                }
            }
            UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("batch of creations"));
            List<Outcome> outcomes = new ArrayList<>(creations.size());
            try {
                if (!toSend.isEmpty()) {
                    List<Object> prepared = java.util.Collections.unmodifiableList(toSend);
                    preparations.forEach(preparation -> preparation.beforeSending(prepared));
                }
                for (int i = 0; i < creations.size(); i++) {
                    Outcome first = replayed.get(i);
                    outcomes.add(first != null ? first : sendOne(creations.get(i).aggregateId(), commands[i]));
                }
                // Appends the events of every command of the batch, inside the Spring transaction.
                batch.commit();
            } catch (RuntimeException e) {
                if (batch.isActive()) {
                    batch.rollback(e);
                }
                throw e;
            }
            inSameTransaction.accept(outcomes);
            return outcomes;
        });
    }

    /** One creation in its own transaction, as {@link #createAll} would send it. */
    public Outcome create(Creation creation, Consumer<Outcome> inSameTransaction) {
        return createAll(List.of(creation), outcomes -> inSameTransaction.accept(outcomes.get(0))).get(0);
    }

    private Outcome sendOne(String id, Object command) {
        Object result = commandGateway.sendAndWait(command);
        if (result != null && !id.equals(result)) {
            throw new IllegalStateException("a creation answered " + result + ", not the id it was sent for");
        }
        return created(id);
    }

    /** A creation's outcome, known before it is sent: a creating handler applies the aggregate's first event. */
    private static Outcome created(String id) {
        return new Outcome(id, id + "/1", 1, null, false);
    }

    /**
     * Claims the idempotency keys of the batch in one statement; answers, by position in the batch, the first
     * outcome of every key that was already claimed (by an earlier import of the same rows). A key claimed with
     * another fingerprint is refused ({@link IdempotencyKeyReused}). A new key's row is written with its outcome
     * at once: a creation's outcome is known before it is sent, and if any command fails the batch's transaction
     * takes the row back with the events (a row written, then updated with the outcome, cost a second write and a
     * dead row version per worker).
     */
    private Map<Integer, Outcome> claimKeys(List<Creation> creations) {
        List<Integer> keyed = new ArrayList<>();
        for (int i = 0; i < creations.size(); i++) {
            if (creations.get(i).context().idempotencyKey() != null) {
                keyed.add(i);
            }
        }
        if (keyed.isEmpty()) {
            return Map.of();
        }
        String[] principals = new String[keyed.size()];
        String[] keys = new String[keyed.size()];
        String[] fingerprints = new String[keyed.size()];
        String[] aggregates = new String[keyed.size()];
        String[] bodies = new String[keyed.size()];
        for (int k = 0; k < keyed.size(); k++) {
            Creation c = creations.get(keyed.get(k));
            principals[k] = c.context().recordedBy();
            keys[k] = c.context().idempotencyKey();
            fingerprints[k] = c.context().requestFingerprint();
            aggregates[k] = c.aggregateId();
            bodies[k] = write(new LedgerCommands.StoredOutcome(created(c.aggregateId())));
        }
        List<String> claimed = jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.prepareStatement("insert into idempotent_request (principal,"
                    + " idempotency_key, request_fingerprint, aggregate_id, response_body, response_status,"
                    + " response_version) select *, 201, 1 from unnest(?, ?, ?, ?, ?)"
                    + " on conflict do nothing returning principal || chr(10) || idempotency_key")) {
                statement.setArray(1, text(connection, principals));
                statement.setArray(2, text(connection, keys));
                statement.setArray(3, text(connection, fingerprints));
                statement.setArray(4, text(connection, aggregates));
                statement.setArray(5, text(connection, bodies));
                List<String> rows = new ArrayList<>();
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                return rows;
            }
        });
        if (claimed.size() == keyed.size()) {
            return Map.of();
        }
        java.util.Set<String> fresh = new java.util.HashSet<>(claimed);
        Map<String, Integer> earlier = new HashMap<>();
        for (int k = 0; k < keyed.size(); k++) {
            String pair = principals[k] + "\n" + keys[k];
            if (!fresh.contains(pair)) {
                earlier.put(pair, keyed.get(k));
            }
        }
        String[] earlierPrincipals = earlier.keySet().stream().map(p -> p.substring(0, p.indexOf('\n')))
                .toArray(String[]::new);
        String[] earlierKeys = earlier.keySet().stream().map(p -> p.substring(p.indexOf('\n') + 1))
                .toArray(String[]::new);
        Map<Integer, Outcome> outcomes = new HashMap<>();
        jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.prepareStatement("select r.principal, r.idempotency_key,"
                    + " r.request_fingerprint, r.response_body from idempotent_request r join unnest(?, ?) as k(p, i)"
                    + " on r.principal = k.p and r.idempotency_key = k.i")) {
                statement.setArray(1, text(connection, earlierPrincipals));
                statement.setArray(2, text(connection, earlierKeys));
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        int position = earlier.get(rs.getString(1) + "\n" + rs.getString(2));
                        Creation c = creations.get(position);
                        if (!rs.getString(3).equals(c.context().requestFingerprint())) {
                            throw new IdempotencyKeyReused(c.context().idempotencyKey());
                        }
                        outcomes.put(position, read(rs.getString(4)).outcome().replay());
                    }
                }
            }
            return null;
        });
        return outcomes;
    }

    private static Array text(java.sql.Connection connection, String[] values) throws java.sql.SQLException {
        return connection.createArrayOf("text", values);
    }

    private String write(LedgerCommands.StoredOutcome outcome) {
        try {
            return json.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an outcome as JSON", e);
        }
    }

    private LedgerCommands.StoredOutcome read(String body) {
        try {
            return json.readerFor(LedgerCommands.StoredOutcome.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored outcome is not one", e);
        }
    }
}
