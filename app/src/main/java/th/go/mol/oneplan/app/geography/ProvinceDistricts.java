package th.go.mol.oneplan.app.geography;

import java.util.List;

/** A province and its districts, by code. */
public record ProvinceDistricts(GeographyProvince province, int count, List<GeographyDistrict> districts) {
}
