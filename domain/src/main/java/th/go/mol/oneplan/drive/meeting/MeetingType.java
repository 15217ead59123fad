package th.go.mol.oneplan.drive.meeting;

/** Which body met: only a working-group meeting can approve the One Plan. */
public enum MeetingType {
    /** ประชุมคณะทำงาน One Plan. */
    WORKING_GROUP,
    /** ประชุมหัวหน้าส่วนราชการสังกัดกระทรวงแรงงาน, e.g. where the agenda item is chosen. */
    HEADS_OF_AGENCIES,
    OTHER
}
