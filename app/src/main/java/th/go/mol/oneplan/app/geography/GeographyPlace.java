package th.go.mol.oneplan.app.geography;

import th.go.mol.oneplan.geography.Place;
import th.go.mol.oneplan.geography.PlaceKind;

/**
 * A place found by name.
 *
 * @param kind         PROVINCE, DISTRICT or SUBDISTRICT: how many digits the code has (2, 4, 6)
 * @param provinceCode the province it lies in (its own code for a province)
 * @param districtCode the district it lies in (its own code for a district); absent for a province
 */
public record GeographyPlace(PlaceKind kind, int code, String nameTh, String nameEn, int provinceCode,
                             Integer districtCode) {

    static GeographyPlace of(Place p) {
        return new GeographyPlace(p.kind(), p.code(), p.nameTh(), p.nameEn(), p.provinceCode(), p.districtCode());
    }
}
