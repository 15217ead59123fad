package th.go.mol.oneplan.register;

/** The sex a worker's title implies, kept for statistics only (the register does not ask for it separately). */
public enum Sex {
    MALE,
    FEMALE,
    /** The title (a rank, a monk's or another honorific) does not say. */
    NOT_STATED
}
