package th.go.mol.oneplan.app.geography;

import th.go.mol.oneplan.geography.Subdistrict;

/** A subdistrict (ตำบล/แขวง) as the lookups show it, with its district's and province's codes. */
public record GeographySubdistrict(int code, int districtCode, int provinceCode, String nameTh, String nameEn) {

    static GeographySubdistrict of(Subdistrict s) {
        return new GeographySubdistrict(s.code(), s.districtCode(), s.provinceCode(), s.nameTh(), s.nameEn());
    }
}
