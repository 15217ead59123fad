package th.go.mol.oneplan.command.fieldwork;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.drive.fieldwork.VisitedCentreRules;
import th.go.mol.oneplan.drive.fieldwork.WorkersServedRules;
import th.go.mol.oneplan.geography.Geography;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a field visit or an activity names outside its drive: the tambon centre visited and the registered workers
 * served must exist. A drive cannot see other aggregates, so the sender asks before sending, in the record of
 * truth itself: an id exists when the event store holds a stream under it ({@code lastSequenceNumberFor}, one
 * lookup on the store's unique index per id). The read tables are not asked: they trail the store (a worker
 * registered a moment ago is not there yet), the register has none, and a command-only node has no query side.
 * No lock is needed: a centre or a worker once recorded is never removed (erasure destroys a person's key, not the
 * stream), so what exists before sending still exists when the act is appended. Ids are checked for form and
 * province first with the drive's own rules, so a malformed id is a 400, never looked up.
 */
@Component
@Profile("!query")
public class FieldWorkReferences {
    private final EventStore eventStore;
    private final Geography geography;

    public FieldWorkReferences(EventStore eventStore, Geography geography) {
        this.eventStore = eventStore;
        this.geography = geography;
    }

    /**
     * 400 as the drive would answer for a bad form; 409 {@code unknown-centre} naming {@code centreId}, 409
     * {@code unknown-worker} naming {@code workerIds[i]} (the first unknown, by its index as sent).
     */
    public void check(String driveId, String centreId, List<String> workerIds) {
        int provinceCode = DriveId.parse(driveId).provinceCode();
        String centre = VisitedCentreRules.centre(centreId, provinceCode, geography, "centreId");
        WorkersServedRules.distinct(workerIds, "workerIds");
        if (centre != null && !exists(centre)) {
            throw new RuleViolation("unknown-centre", "centreId", "no tambon centre " + centre
                    + " has been established; establish it first (POST /api/tambon-centres) or name none");
        }
        if (workerIds == null) {
            return;
        }
        Set<String> asked = new HashSet<>();
        for (int i = 0; i < workerIds.size(); i++) {
            String workerId = workerIds.get(i);
            if (asked.add(workerId) && !exists(workerId)) {
                throw new RuleViolation("unknown-worker", "workerIds[" + i + "]", "workerIds[" + i + "] names "
                        + workerId + ", which is not in the register; register the worker first");
            }
        }
    }

    private boolean exists(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).isPresent();
    }
}
