package th.go.mol.oneplan.command.centre;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.command.sending.Outcome;

/**
 * The event a centre's command recorded, read back from the store by the outcome's event id
 * ({@code <centreId>/<n>} is the stream's n-th event). The ledger numbers new plans and grievances in the
 * aggregate, so the id it gave is in the event; reading it back (rather than having the handler answer it) also
 * works for a replayed request, whose outcome names the event recorded the first time.
 */
@Component
@Profile("!query")
class RecordedCentreEvent {
    private final EventStore events;

    RecordedCentreEvent(EventStore events) {
        this.events = events;
    }

    <T> T of(Outcome outcome, Class<T> type) {
        long sequence = Long.parseLong(outcome.eventId().substring(outcome.eventId().lastIndexOf('/') + 1)) - 1;
        DomainEventStream stream = events.readEvents(outcome.aggregateId(), sequence);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getSequenceNumber() == sequence) {
                return type.cast(event.getPayload());
            }
        }
        throw new IllegalStateException("no event " + outcome.eventId() + " in the store");
    }
}
