package th.go.mol.oneplan.geography;

/** The three levels of Thai local administration a code can name. */
public enum PlaceKind {
    /** จังหวัด, 2-digit code. */
    PROVINCE,
    /** อำเภอ/เขต, 4-digit code. */
    DISTRICT,
    /** ตำบล/แขวง, 6-digit code. */
    SUBDISTRICT
}
