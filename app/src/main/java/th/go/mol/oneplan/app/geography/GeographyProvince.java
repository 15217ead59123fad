package th.go.mol.oneplan.app.geography;

import th.go.mol.oneplan.geography.Province;

/** A province (จังหวัด) as the lookups show it. The reference data names no region, so none is given. */
public record GeographyProvince(int code, String nameTh, String nameEn) {

    static GeographyProvince of(Province p) {
        return new GeographyProvince(p.code(), p.nameTh(), p.nameEn());
    }
}
