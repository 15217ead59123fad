package th.go.mol.oneplan.register;

/** A government service a registered worker received (source l.2336-2452; DOMAIN.md). */
public enum Service {
    /** Membership of Social Security under section 40 (ประกันสังคมมาตรา 40). */
    SOCIAL_SECURITY_SECTION_40,
    /** Membership of the National Savings Fund (กองทุนการออมแห่งชาติ, กอช.). */
    NATIONAL_SAVINGS_FUND,
    /** Skills training (ฝึกอบรมพัฒนาฝีมือแรงงาน). */
    SKILLS_TRAINING,
    /** Job placement and guidance (จัดหางาน แนะแนวอาชีพ). */
    JOB_PLACEMENT,
    /** A loan from the Home-Worker Fund (กองทุนผู้รับงานไปทำที่บ้าน). */
    HOME_WORKER_FUND_LOAN,
    /** Occupational health screening, e.g. blood tests for farm chemicals. */
    OCCUPATIONAL_HEALTH_SCREENING,
    /** Labour-rights advice. */
    LABOUR_RIGHTS_ADVICE
}
