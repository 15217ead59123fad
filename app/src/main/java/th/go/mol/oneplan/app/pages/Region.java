package th.go.mol.oneplan.app.pages;

import java.util.Arrays;
import java.util.Optional;

/**
 * A region (ภาค) of Thailand, as the board filters provinces by it. The official two-digit province codes are
 * numbered by region, so a province's region is read from its code's first digit: 1 central, 2 east, 3 and 4
 * north-east, 5 and 6 north, 7 west, 8 and 9 south.
 */
public enum Region {
    CENTRAL("ภาคกลาง", "Central"),
    EAST("ภาคตะวันออก", "East"),
    NORTHEAST("ภาคตะวันออกเฉียงเหนือ", "North-east"),
    NORTH("ภาคเหนือ", "North"),
    WEST("ภาคตะวันตก", "West"),
    SOUTH("ภาคใต้", "South");

    private final String nameTh;
    private final String nameEn;

    Region(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Region ofProvince(int provinceCode) {
        return switch (provinceCode / 10) {
            case 1 -> CENTRAL;
            case 2 -> EAST;
            case 3, 4 -> NORTHEAST;
            case 5, 6 -> NORTH;
            case 7 -> WEST;
            case 8, 9 -> SOUTH;
            default -> throw new IllegalArgumentException("no province has code " + provinceCode);
        };
    }

    /** The region a query parameter names (case-insensitive), if any. */
    public static Optional<Region> named(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
