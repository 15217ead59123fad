package th.go.mol.oneplan.app.web;

import th.go.mol.oneplan.centre.CentreId;
import th.go.mol.oneplan.register.WorkerId;

/**
 * What kind of aggregate an id names, read from its prefix, so that a 404 or 409 the event store causes names
 * the right thing: {@code pilot-84-2563} a pilot programme, {@code centre-...} a tambon centre, {@code worker-...} a registered worker, anything else (and
 * an unknown id) a drive, as before centres existed.
 */
enum AggregateKind {
    DRIVE, PILOT_PROGRAMME, TAMBON_CENTRE, REGISTERED_WORKER;

    static AggregateKind of(String aggregateId) {
        if (aggregateId == null) {
            return DRIVE;
        }
        if (aggregateId.startsWith("pilot-")) {
            return PILOT_PROGRAMME;
        }
        if (aggregateId.startsWith(WorkerId.PREFIX)) {
            return REGISTERED_WORKER;
        }
        return aggregateId.startsWith(CentreId.PREFIX) ? TAMBON_CENTRE : DRIVE;
    }
}
