package th.go.mol.oneplan.geography;

/**
 * A province, district or subdistrict found by name, with the codes of the places it lies in, so that a client
 * can send the code it needs without a second lookup.
 *
 * @param provinceCode the province it lies in (its own code for a province)
 * @param districtCode the district it lies in (its own code for a district); null for a province
 */
public record Place(PlaceKind kind, int code, String nameTh, String nameEn, int provinceCode, Integer districtCode) {

    static Place of(Province p) {
        return new Place(PlaceKind.PROVINCE, p.code(), p.nameTh(), p.nameEn(), p.code(), null);
    }

    static Place of(District d) {
        return new Place(PlaceKind.DISTRICT, d.code(), d.nameTh(), d.nameEn(), d.provinceCode(), d.code());
    }

    static Place of(Subdistrict s) {
        return new Place(PlaceKind.SUBDISTRICT, s.code(), s.nameTh(), s.nameEn(), s.provinceCode(), s.districtCode());
    }
}
