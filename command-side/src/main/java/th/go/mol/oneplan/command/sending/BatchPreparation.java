package th.go.mol.oneplan.command.sending;

import java.util.List;

/**
 * Work done for a whole batch of creations before {@link BatchCommands} sends its commands one by one, so that what
 * each command would otherwise cost in round trips to the database (the register's national-id claim, the worker's
 * data key) costs one statement for the batch.
 *
 * <p>A preparation runs inside the batch's transaction and may only do what the commands would do anyway: whatever
 * it writes is rolled back with the batch, and a command it could not prepare for (an id already held, a key that
 * exists) must behave exactly as if nothing had been prepared. It keeps what it prepared in a resource bound to
 * the transaction ({@code TransactionSynchronizationManager}), which the handlers' ports consult first.
 */
public interface BatchPreparation {

    /**
     * Prepares for the commands about to be sent in the current transaction (those whose outcome is not replayed),
     * in the order they will be sent; a preparation picks the commands it knows and ignores the others.
     */
    void beforeSending(List<Object> commands);
}
