package th.go.mol.oneplan.register;

/** The highest level of education a worker completed (ระดับการศึกษา), in the Thai system's steps. */
public enum Education {
    /** ไม่ได้เรียน. */
    NONE,
    /** ประถมศึกษา. */
    PRIMARY,
    /** มัธยมศึกษาตอนต้น. */
    LOWER_SECONDARY,
    /** มัธยมศึกษาตอนปลาย. */
    UPPER_SECONDARY,
    /** ปวช. */
    VOCATIONAL_CERTIFICATE,
    /** ปวส. / อนุปริญญา. */
    HIGHER_VOCATIONAL_DIPLOMA,
    /** ปริญญาตรี. */
    BACHELOR,
    /** สูงกว่าปริญญาตรี. */
    ABOVE_BACHELOR
}
