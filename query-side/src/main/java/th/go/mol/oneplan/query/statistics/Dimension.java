package th.go.mol.oneplan.query.statistics;

/** The breakdowns of {@code register_stats_count}: workers by ..., and services delivered by type and agency. */
final class Dimension {
    static final String OCCUPATION = "OCCUPATION";
    static final String EDUCATION = "EDUCATION";
    static final String SEX = "SEX";
    static final String AGE_BAND = "AGE_BAND";
    static final String NEED = "NEED";
    static final String PROBLEM = "PROBLEM";
    static final String SERVICE = "SERVICE";
    static final String AGENCY = "AGENCY";

    private Dimension() {
    }
}
