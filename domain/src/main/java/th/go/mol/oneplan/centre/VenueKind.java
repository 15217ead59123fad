package th.go.mol.oneplan.centre;

/** What kind of place houses a tambon centre: somewhere members can reach easily (source l.2324-2330). */
public enum VenueKind {
    /** ศาลาอเนกประสงค์ของหมู่บ้าน, the village's multi-purpose hall. */
    VILLAGE_HALL,
    /** Space lent by the local government (อปท.): the tambon municipality or the tambon administrative organisation. */
    LOCAL_GOVERNMENT_OFFICE,
    /** วัด. */
    TEMPLE,
    /** โรงเรียน. */
    SCHOOL,
    OTHER
}
