package th.go.mol.oneplan.app.geography;

import java.util.List;

/** A district, its province, and its subdistricts by code. */
public record DistrictSubdistricts(GeographyDistrict district, GeographyProvince province, int count,
                                   List<GeographySubdistrict> subdistricts) {
}
