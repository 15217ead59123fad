package th.go.mol.oneplan.app.security.access;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.register.WorkerHistory;

import java.util.Optional;

/**
 * The province a registered worker is in now, for the access rules: a worker's id is opaque (it names no place),
 * so the worker's own event stream is asked, which every node has, with no read model to wait for.
 */
@Component
public class WorkerProvinces {
    private final ObjectProvider<EventStore> eventStore;

    public WorkerProvinces(ObjectProvider<EventStore> eventStore) {
        this.eventStore = eventStore;
    }

    /** Empty for a malformed id or a worker never registered: the endpoint then answers 400 or 404. */
    public Optional<Integer> of(String workerId) {
        EventStore store = eventStore.getIfAvailable();
        return store == null ? Optional.empty()
                : WorkerHistory.read(store, workerId).map(WorkerHistory::provinceCode);
    }
}
