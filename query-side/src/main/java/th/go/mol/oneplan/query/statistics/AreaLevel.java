package th.go.mol.oneplan.query.statistics;

/**
 * The tiers statistics are kept at. Thai area codes nest (subdistrict 550101 is in district 5501, in province
 * 55), so a subdistrict's code gives every area above it; the nation is code 0.
 */
public enum AreaLevel {
    NATION,
    PROVINCE,
    DISTRICT,
    SUBDISTRICT;

    /** The code of the area of this level that holds the subdistrict. */
    public int codeOf(int subdistrictCode) {
        return switch (this) {
            case NATION -> 0;
            case PROVINCE -> subdistrictCode / 10_000;
            case DISTRICT -> subdistrictCode / 100;
            case SUBDISTRICT -> subdistrictCode;
        };
    }

    /** The level of the parts of an area of this level; null for a subdistrict, which has none. */
    public AreaLevel parts() {
        return switch (this) {
            case NATION -> PROVINCE;
            case PROVINCE -> DISTRICT;
            case DISTRICT -> SUBDISTRICT;
            case SUBDISTRICT -> null;
        };
    }
}
