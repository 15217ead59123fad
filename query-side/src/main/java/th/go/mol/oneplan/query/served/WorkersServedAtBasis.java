package th.go.mol.oneplan.query.served;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.drive.fieldwork.PlanWork;
import th.go.mol.oneplan.query.acts.StoredAct;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.summary.LedgerEvent;
import th.go.mol.oneplan.query.summary.SummaryEventStore;
import th.go.mol.oneplan.register.ServiceDelivered;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The registered workers a drive served, each once, as the record read at the clocks: the workers its field visits
 * and activities named (the acts as read at those clocks), and those of the register's services naming the drive
 * that were delivered by {@code asOf} and recorded by {@code recordedAsOf} (read from the event store, as the One
 * Goal summary reads them). Now, the count kept in {@code drive_worker_served}, which is the same set.
 */
@Component
@Profile("!command")
public class WorkersServedAtBasis {
    private final DriveWorkersServed now;
    private final SummaryEventStore eventStore;

    public WorkersServedAtBasis(DriveWorkersServed now, SummaryEventStore eventStore) {
        this.now = now;
        this.eventStore = eventStore;
    }

    /** @param acts the drive's acts as read at the clocks */
    public long count(String driveId, Clocks clocks, List<StoredAct> acts) {
        if (clocks.isNow()) {
            return now.count(driveId);
        }
        Set<String> workers = new HashSet<>();
        for (StoredAct stored : acts) {
            if (stored.act() instanceof PlanWork work && work.workerIds() != null) {
                workers.addAll(work.workerIds());
            }
        }
        for (LedgerEvent event : eventStore.servicesNaming(DriveId.parse(driveId))) {
            if (event.payload() instanceof ServiceDelivered service && clocks.recordedBy(event.recordedAt())
                    && clocks.happenedBy(service.businessDate())) {
                workers.add(service.workerId());
            }
        }
        return workers.size();
    }
}
