package th.go.mol.oneplan.command.sending;

/**
 * What a command recorded: the aggregate (a drive, a fiscal year's reporting rules, ...), the id of the event that
 * records the act, and the aggregate's version after it (the number of events in its stream).
 *
 * @param position the event-store position (global index) of the last event the command appended: a query that asks
 *                 for at least this position ({@code minPosition}) reflects what the command recorded; null when
 *                 not known (a batch of creations)
 * @param replayed true when the command had been carried out before under the same idempotency key, and this is
 *                 the first outcome given back (nothing was appended this time)
 */
public record Outcome(String aggregateId, String eventId, long version, Long position, boolean replayed) {

    Outcome replay() {
        return new Outcome(aggregateId, eventId, version, position, true);
    }
}
