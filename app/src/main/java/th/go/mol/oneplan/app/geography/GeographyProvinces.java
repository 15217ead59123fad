package th.go.mol.oneplan.app.geography;

import java.util.List;

/** Every province of Thailand, by code. */
public record GeographyProvinces(int count, List<GeographyProvince> provinces) {
}
