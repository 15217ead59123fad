package th.go.mol.oneplan.register;

/**
 * The title a worker is registered under (คำนำหน้าชื่อ), and the sex it implies. Statistics by sex are taken from
 * the title, as the survey form does; a title that implies none counts as {@link Sex#NOT_STATED}. The register
 * is of working-age people (15 and over), so the children's titles เด็กชาย/เด็กหญิง are not offered.
 */
public enum Title {
    /** นาย. */
    MR("นาย", Sex.MALE),
    /** นาง. */
    MRS("นาง", Sex.FEMALE),
    /** นางสาว. */
    MISS("นางสาว", Sex.FEMALE),
    /** Any other title (a military or police rank, ว่าที่ร้อยตรี, a monk's title ...). */
    OTHER(null, Sex.NOT_STATED);

    private final String thai;
    private final Sex sex;

    Title(String thai, Sex sex) {
        this.thai = thai;
        this.sex = sex;
    }

    /** The title as written in Thai; null for {@link #OTHER}. */
    public String thai() {
        return thai;
    }

    public Sex sex() {
        return sex;
    }
}
