package th.go.mol.oneplan.drive.plan;

/** Who owns a plan project: one of the five MOL agencies in a province, or a partner outside MOL. */
public enum Agency {
    /** สำนักงานแรงงานจังหวัด, the host of integration. */
    PROVINCIAL_LABOUR_OFFICE,
    /** สำนักงานประกันสังคมจังหวัด. */
    SOCIAL_SECURITY_OFFICE,
    /** สำนักงานพัฒนาฝีมือแรงงาน. */
    SKILL_DEVELOPMENT_OFFICE,
    /** สำนักงานจัดหางานจังหวัด. */
    EMPLOYMENT_OFFICE,
    /** สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัด. */
    LABOUR_PROTECTION_WELFARE_OFFICE,
    /** A partner outside MOL (Community Development, Agriculture, local government ...), named separately. */
    PARTNER
}
