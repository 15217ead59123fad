package th.go.mol.oneplan.drive.plan;

/** Where a project's money comes from; the One Plan uses what agencies already have for the year. */
public enum BudgetSource {
    /** งบประมาณส่วนกลางของกระทรวง. */
    CENTRAL_MINISTRY,
    /** งบพัฒนาจังหวัด. */
    PROVINCIAL_DEVELOPMENT,
    /** งบกลุ่มจังหวัด. */
    PROVINCIAL_CLUSTER,
    /** สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.). */
    THAIHEALTH,
    /** องค์กรปกครองส่วนท้องถิ่น (อปท.). */
    LOCAL_GOVERNMENT,
    OTHER
}
