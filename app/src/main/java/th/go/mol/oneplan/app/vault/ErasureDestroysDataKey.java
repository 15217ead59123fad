package th.go.mol.oneplan.app.vault;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import th.go.mol.oneplan.register.PersonalDataErased;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Destroys a worker's data key when the worker's {@link PersonalDataErased} is stored, in the same transaction.
 *
 * <p>It is a dispatch interceptor of the event store itself (not of the event gateway, which aggregates do not use):
 * Axon runs it for the events of a unit of work in the unit's prepare-commit phase, just before it appends them, in
 * the Spring transaction the command runs in. So the key is destroyed exactly when the erasure is stored, whoever
 * applied it, and if the append or anything after it fails, the rollback keeps the key as well. The aggregate's own
 * handler releases the national-id claim ({@code NationalIdRegistry.released}) in that same transaction.
 */
public class ErasureDestroysDataKey implements MessageDispatchInterceptor<EventMessage<?>> {
    private final PersonalDataVault vault;

    public ErasureDestroysDataKey(PersonalDataVault vault) {
        this.vault = vault;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            if (message.getPayload() instanceof PersonalDataErased erased) {
                vault.erase(erased.workerId());
            }
            return message;
        };
    }
}
