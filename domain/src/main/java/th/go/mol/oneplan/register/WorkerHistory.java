package th.go.mol.oneplan.register;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A registered worker as their own event stream tells it now: the centre and tambon whose register holds them,
 * and their personal data (the latest {@link PersonalData} of the stream, {@link PersonalData#ERASED} once erased).
 * The one place the personal fields are read back for an answer: read tables hold none of them (see
 * docs/register.md), and the storage layer gives the stream back decrypted, or erased.
 *
 * <p>Read also before a command (whose province the worker is in, for the caller's scope) and for a worker's
 * detail. A stream is a worker's handful of events, so reading it whole is cheap.
 */
public record WorkerHistory(String workerId, String centreId, int subdistrictCode, int provinceCode,
                            PersonalData personalData, boolean erased, LocalDate erasedOn) {

    /** The worker's history, or empty when no worker has that id (a malformed id included). */
    public static Optional<WorkerHistory> read(EventStore eventStore, String workerId) {
        if (workerId == null || !workerId.startsWith(WorkerId.PREFIX)) {
            return Optional.empty();
        }
        try {
            WorkerId.valid(workerId, "workerId");
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
        try (Stream<? extends EventMessage<?>> events = eventStore.readEvents(workerId).asStream()) {
            return of(workerId, events.map(Message::getPayload));
        }
    }

    /** Folds a worker's event payloads, in stream order; empty when there is no registration among them. */
    public static Optional<WorkerHistory> of(String workerId, Stream<?> payloads) {
        WorkerHistory[] now = {null};
        payloads.forEach(payload -> now[0] = now[0] == null
                ? payload instanceof WorkerRegistered r ? registered(r) : null
                : now[0].after(payload));
        return Optional.ofNullable(now[0]);
    }

    private static WorkerHistory registered(WorkerRegistered r) {
        return new WorkerHistory(r.workerId(), r.centreId(), r.subdistrictCode(), r.provinceCode(),
                r.personalData() == null ? PersonalData.ERASED : r.personalData(), false, null);
    }

    private WorkerHistory after(Object payload) {
        if (payload instanceof WorkerMoved m) {
            return new WorkerHistory(workerId, m.centreId(), m.subdistrictCode(), m.provinceCode(),
                    personal(m.personalData()), erased, erasedOn);
        }
        if (payload instanceof WorkerProfileUpdated u && u.personalData() != null) {
            return new WorkerHistory(workerId, centreId, subdistrictCode, provinceCode, personal(u.personalData()),
                    erased, erasedOn);
        }
        if (payload instanceof PersonalDataErased e) {
            return new WorkerHistory(workerId, centreId, subdistrictCode, provinceCode, PersonalData.ERASED, true,
                    e.businessDate());
        }
        return this;
    }

    /** After an erasure every earlier record reads erased, whatever a stream read before it still holds. */
    private PersonalData personal(PersonalData latest) {
        return erased || latest == null ? PersonalData.ERASED : latest;
    }
}
