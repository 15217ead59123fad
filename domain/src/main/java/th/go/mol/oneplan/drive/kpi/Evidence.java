package th.go.mol.oneplan.drive.kpi;

import th.go.mol.oneplan.drive.RecordedAct;

import java.time.LocalDate;

/** A recorded act that satisfied a KPI level: which event, what kind, its business date and its document. */
public record Evidence(String eventId, String type, LocalDate businessDate, String documentReference) {

    public static Evidence of(RecordedAct act) {
        return new Evidence(act.eventId(), act.getClass().getSimpleName(), act.businessDate(), act.documentReference());
    }
}
