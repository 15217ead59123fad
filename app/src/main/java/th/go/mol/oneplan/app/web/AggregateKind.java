package th.go.mol.oneplan.app.web;

import th.go.mol.oneplan.centre.CentreId;

/**
 * What kind of aggregate an id names, read from its prefix, so that a 404 or 409 the event store causes names
 * the right thing: {@code pilot-84-2563} a pilot programme, {@code centre-...} a tambon centre, anything else (and
 * an unknown id) a drive, as before centres existed.
 */
enum AggregateKind {
    DRIVE, PILOT_PROGRAMME, TAMBON_CENTRE;

    static AggregateKind of(String aggregateId) {
        if (aggregateId == null) {
            return DRIVE;
        }
        if (aggregateId.startsWith("pilot-")) {
            return PILOT_PROGRAMME;
        }
        return aggregateId.startsWith(CentreId.PREFIX) ? TAMBON_CENTRE : DRIVE;
    }
}
