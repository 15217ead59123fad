package th.go.mol.oneplan.centre;

/** A member's role on a tambon centre's committee, as the source lists them (l.2316-2318). */
public enum CommitteeRole {
    /** ประธาน; a committee has exactly one. */
    CHAIR,
    /** รองประธาน. */
    VICE_CHAIR,
    /** ที่ปรึกษา. */
    ADVISOR,
    /** ฝ่ายประชาสัมพันธ์. */
    PUBLIC_RELATIONS,
    /** เหรัญญิก. */
    TREASURER,
    /** ฝ่ายข้อมูล: keeps the centre's register of informal workers. */
    DATA,
    /** ฝ่ายรับเรื่องร้องทุกข์: receives grievances. */
    COMPLAINTS,
    /** เลขานุการ. */
    SECRETARY,
    /** กรรมการ. */
    MEMBER
}
