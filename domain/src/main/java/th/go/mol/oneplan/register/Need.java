package th.go.mol.oneplan.register;

/**
 * Help a worker asks of the government (ความต้องการความช่วยเหลือจากหน่วยงานภาครัฐ). A closed list for the same reason
 * as {@link Problem}; most needs match a {@link Service} a worker can then receive.
 */
public enum Need {
    /** ประกันสังคมมาตรา 40. */
    SOCIAL_SECURITY,
    /** การออม (กองทุนการออมแห่งชาติ). */
    SAVINGS,
    /** ฝึกอบรมพัฒนาฝีมือ. */
    SKILLS_TRAINING,
    /** หางาน แนะแนวอาชีพ. */
    JOB_PLACEMENT,
    /** เงินทุน สินเชื่อ (e.g. the Home-Worker Fund). */
    LOAN_OR_CAPITAL,
    /** ตรวจสุขภาพ อาชีวอนามัย. */
    OCCUPATIONAL_HEALTH,
    /** คำปรึกษาด้านสิทธิแรงงาน กฎหมาย. */
    LABOUR_RIGHTS_ADVICE,
    /** ช่องทางการตลาด. */
    MARKET_ACCESS,
    OTHER
}
