package th.go.mol.oneplan.register;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import th.go.mol.oneplan.geography.Geography;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An informal worker (แรงงานนอกระบบ) in a tambon centre's register, from registration through profile updates,
 * moves and the services received. Command handlers route to {@link WorkerRules} and {@link ServiceRules}; event
 * sourcing handlers only fold the worker's current record. A command for a worker never registered is refused by
 * Axon (no such aggregate).
 */
@AggregateRoot
public class RegisteredWorker {
    @AggregateIdentifier
    private String workerId;
    private WorkerRecord record;

    protected RegisteredWorker() {
        // Axon rebuilds the worker from its events.
    }

    @CommandHandler
    public RegisteredWorker(RegisterWorker command, Geography geography, NationalIdRegistry registry) {
        WorkerRegistered registered = WorkerRules.registration(command, geography);
        registry.claim(registered.personalData().nationalId(), registered.workerId(), registered.centreId());
        apply(registered);
    }

    @CommandHandler
    public void handle(UpdateWorkerProfile command) {
        apply(WorkerRules.profileUpdate(command, record.personalData()));
    }

    @CommandHandler
    public void handle(MoveWorker command, Geography geography, NationalIdRegistry registry) {
        WorkerMoved moved = WorkerRules.move(command, record, geography);
        if (!moved.centreId().equals(record.centreId())) {
            registry.moved(workerId, moved.centreId());
        }
        apply(moved);
    }

    @CommandHandler
    public void handle(RecordServiceDelivered command) {
        apply(ServiceRules.delivery(command, record));
    }

    @CommandHandler
    public void handle(ErasePersonalData command, NationalIdRegistry registry) {
        PersonalDataErased erased = WorkerRules.erasure(command, record);
        registry.released(workerId);
        apply(erased);
    }

    @EventSourcingHandler
    void on(WorkerRegistered event) {
        workerId = event.workerId();
        record = new WorkerRecord(event.workerId(), event.personalData(), event.subdistrictCode(), event.centreId(),
                event.businessDate(), event.businessDate());
    }

    @EventSourcingHandler
    void on(WorkerProfileUpdated event) {
        if (event.personalData() != null) {
            record = new WorkerRecord(workerId, event.personalData(), record.subdistrictCode(), record.centreId(),
                    record.registeredOn(), record.addressSince());
        }
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        record = new WorkerRecord(workerId, PersonalData.ERASED, record.subdistrictCode(), record.centreId(),
                record.registeredOn(), record.addressSince());
    }

    @EventSourcingHandler
    void on(WorkerMoved event) {
        record = new WorkerRecord(workerId, event.personalData(), event.subdistrictCode(), event.centreId(),
                record.registeredOn(), event.businessDate());
    }
}
