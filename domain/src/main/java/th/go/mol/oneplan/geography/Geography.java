package th.go.mol.oneplan.geography;

import java.util.List;
import java.util.Optional;

/** The official administrative geography of Thailand, used to validate codes in commands. */
public interface Geography {
    Optional<Province> province(int code);

    Optional<Subdistrict> subdistrict(int code);

    List<District> districtsOf(int provinceCode);

    List<Province> provinces();

    /** The district (amphoe/khet) with this official 4-digit code. */
    Optional<District> district(int code);

    /** Every district of the country, by code. */
    List<District> districts();

    /** The subdistricts (tambon/khwaeng) of a district, by code; empty for an unknown district. */
    List<Subdistrict> subdistrictsOf(int districtCode);

    /** Every subdistrict of the country, by code. */
    List<Subdistrict> subdistricts();
}
