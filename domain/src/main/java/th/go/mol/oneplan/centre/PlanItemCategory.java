package th.go.mol.oneplan.centre;

/**
 * What an item of a centre's quality-of-life plan improves (source l.2397-2399, the centre's training topics):
 * occupation and income (อาชีพและรายได้), occupational health (อาชีวอนามัย), and access to Social Security
 * section 40 (ประกันสังคมมาตรา ๔๐), the voluntary scheme for informal workers.
 */
public enum PlanItemCategory {
    OCCUPATION_AND_INCOME,
    OCCUPATIONAL_HEALTH,
    SOCIAL_SECURITY_SECTION_40
}
