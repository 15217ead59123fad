package th.go.mol.oneplan.drive;

import th.go.mol.oneplan.drive.correction.FieldCorrection;

/**
 * An act of the province recorded by an officer (an appointment, a meeting, a visit, a report), as opposed
 * to what the system derives (KPI levels) or a correction. Acts can be corrected; the original event stays.
 */
public interface RecordedAct extends DriveEvent {

    /** The official document this act rests on (order number, meeting number, letter number), if any. */
    default String documentReference() {
        return null;
    }

    /**
     * This act as it reads with one field corrected.
     *
     * @throws th.go.mol.oneplan.common.InvalidValue when the field cannot be corrected on this kind of act
     *                                               or the corrected value is not valid for it
     */
    RecordedAct corrected(FieldCorrection correction);
}
