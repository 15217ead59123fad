package th.go.mol.oneplan.register;

/**
 * A worker's age band on the day of registration, the bands of the National Statistical Office's informal
 * employment survey. Events carry the band, not the date of birth (personal data) nor the birth year: with sex
 * and tambon a birth year would single people out in a small village, and erasure must leave the statistics
 * exactly as they were.
 */
public enum AgeBand {
    AGE_15_24,
    AGE_25_39,
    AGE_40_59,
    AGE_60_AND_OVER;

    /** The band of an age in whole years (15 or more). */
    public static AgeBand of(int age) {
        if (age < 25) {
            return AGE_15_24;
        }
        if (age < 40) {
            return AGE_25_39;
        }
        return age < 60 ? AGE_40_59 : AGE_60_AND_OVER;
    }
}
