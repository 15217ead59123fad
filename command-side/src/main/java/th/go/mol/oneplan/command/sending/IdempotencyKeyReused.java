package th.go.mol.oneplan.command.sending;

/** An Idempotency-Key was sent again with a different request. The API answers 422. */
public class IdempotencyKeyReused extends RuntimeException {
    public IdempotencyKeyReused(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new command");
    }
}
