package th.go.mol.oneplan.command.centre;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.centre.GrievanceRules;
import th.go.mol.oneplan.register.WorkerHistory;
import th.go.mol.oneplan.register.WorkerId;

/**
 * The worker a grievance names, checked before {@code RecordGrievance} is sent: a centre cannot see the register,
 * so the sender asks the record of truth, the event store, as {@code FieldWorkReferences} does for a drive's acts
 * (read tables trail the store, and a command-only node has none). The worker's own stream says whether they are
 * registered and whether their personal data was erased; the rule is the domain's ({@link GrievanceRules#grievanceOf}).
 * No lock: a worker once registered is never removed, and an erasure between this check and the append is an
 * erasure after the grievance was received.
 */
@Component
@Profile("!query")
public class GrievanceReferences {
    private final EventStore eventStore;

    public GrievanceReferences(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * 400 {@code worker-id-format} for a malformed id (never looked up); nothing asked when the centre itself was
     * never established (the command answers 404 for it); else 409 {@code unknown-worker} or {@code
     * personal-data-erased}, naming {@code workerId}.
     */
    public void check(String centreId, String workerId) {
        String worker = WorkerId.valid(workerId, "workerId");
        if (eventStore.lastSequenceNumberFor(centreId).isEmpty()) {
            return;
        }
        GrievanceRules.grievanceOf(worker, WorkerHistory.read(eventStore, worker));
    }
}
