package th.go.mol.oneplan.geography;

import java.util.List;
import java.util.Optional;

/** The official administrative geography of Thailand, used to validate codes in commands. */
public interface Geography {
    Optional<Province> province(int code);

    Optional<Subdistrict> subdistrict(int code);

    List<District> districtsOf(int provinceCode);

    List<Province> provinces();
}
