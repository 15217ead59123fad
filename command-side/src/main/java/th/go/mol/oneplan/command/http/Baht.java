package th.go.mol.oneplan.command.http;

import th.go.mol.oneplan.common.InvalidValue;

import java.math.BigDecimal;

/** Amounts arrive in baht with at most two decimals (satang) and are kept as whole satang, never floating point. */
public final class Baht {
    /** More than any provincial budget line; keeps arithmetic far from overflow. */
    private static final BigDecimal MAX = new BigDecimal("100000000000");

    private Baht() {
    }

    public static long toSatang(BigDecimal baht, String field) {
        if (baht == null) {
            throw new InvalidValue(field, "required", field + " is required (baht, e.g. 35000.00)");
        }
        if (baht.signum() < 0 || baht.compareTo(MAX) > 0) {
            throw new InvalidValue(field, "baht-range", field + " must be between 0 and " + MAX.toPlainString() + " baht");
        }
        if (baht.stripTrailingZeros().scale() > 2) {
            throw new InvalidValue(field, "satang-precision", field + " has at most two decimals (satang)");
        }
        return baht.movePointRight(2).longValueExact();
    }
}
