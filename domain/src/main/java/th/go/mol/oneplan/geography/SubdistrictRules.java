package th.go.mol.oneplan.geography;

import th.go.mol.oneplan.common.InvalidValue;

/**
 * The two questions every act that names a place asks of the geography: is this the official code of a Thai
 * subdistrict (tambon/khwaeng), and is it in the province the act belongs to. A pilot site of a plan, a visit, an
 * activity, a tambon centre, a pilot designation and a worker's address all ask them alike; each answer is a 400
 * naming the field.
 */
public final class SubdistrictRules {
    private SubdistrictRules() {
    }

    /** The subdistrict with this official 6-digit code, or 400 {@code thai-subdistrict} naming {@code field}. */
    public static Subdistrict real(int code, String field, Geography geography) {
        return geography.subdistrict(code).orElseThrow(() -> new InvalidValue(field, "thai-subdistrict",
                code + " is not the official 6-digit code of a Thai subdistrict (tambon/khwaeng)"));
    }

    /** The subdistrict, which must lie in {@code provinceCode}: 400 {@code subdistrict-in-province} otherwise. */
    public static Subdistrict inProvince(int code, int provinceCode, String field, Geography geography) {
        Subdistrict site = real(code, field, geography);
        if (site.provinceCode() != provinceCode) {
            throw new InvalidValue(field, "subdistrict-in-province", "subdistrict " + code + " (" + site.nameTh()
                    + ") is not in province " + provinceCode);
        }
        return site;
    }
}
