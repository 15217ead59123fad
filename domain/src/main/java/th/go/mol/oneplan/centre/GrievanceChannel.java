package th.go.mol.oneplan.centre;

/** How a grievance reached the centre. */
public enum GrievanceChannel {
    IN_PERSON,
    PHONE,
    LINE,
    LETTER,
    OTHER
}
