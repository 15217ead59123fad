package th.go.mol.oneplan.drive.workinggroup;

/** A member's role in the working group as the provincial order names it. */
public enum MemberRole {
    /** ที่ปรึกษา, e.g. the vice governor. */
    ADVISOR,
    /** ประธาน/หัวหน้าคณะทำงาน, e.g. the Provincial Labour head. */
    HEAD,
    /** คณะทำงาน. */
    MEMBER,
    /** เลขานุการ, usually a labour officer who also records the drive. */
    SECRETARY
}
