package th.go.mol.oneplan.app.geography;

import th.go.mol.oneplan.geography.District;

/** A district (อำเภอ/เขต) as the lookups show it, with its province's code. */
public record GeographyDistrict(int code, int provinceCode, String nameTh, String nameEn) {

    static GeographyDistrict of(District d) {
        return new GeographyDistrict(d.code(), d.provinceCode(), d.nameTh(), d.nameEn());
    }
}
