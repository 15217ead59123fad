package th.go.mol.oneplan.register;

/**
 * A problem a worker reports (สภาพปัญหา). A closed list, not free text: statistics count them per tambon, and a
 * free text would invite details of health or debt that are personal data outside {@link PersonalData}.
 */
public enum Problem {
    /** รายได้ไม่พอ. */
    LOW_INCOME,
    /** งานไม่แน่นอน ไม่ต่อเนื่อง. */
    IRREGULAR_WORK,
    /** หนี้สิน. */
    DEBT,
    /** ขาดเงินทุน. */
    LACK_OF_CAPITAL,
    /** ขาดตลาด ขายสินค้าไม่ได้. */
    NO_MARKET,
    /** ขาดทักษะฝีมือ. */
    LACK_OF_SKILLS,
    /** ความไม่ปลอดภัยและสุขภาพจากการทำงาน (e.g. farm chemicals). */
    WORK_SAFETY_AND_HEALTH,
    /** ไม่มีหลักประกันทางสังคม. */
    NO_SOCIAL_PROTECTION,
    /** ถูกเอาเปรียบ ค่าตอบแทนไม่เป็นธรรม. */
    UNFAIR_TREATMENT,
    OTHER
}
