package th.go.mol.oneplan.common;

import java.util.Collection;

/** Small guards for command values; each failure names the field and the rule it broke. */
public final class Require {
    private Require() {
    }

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, "required", field + " must not be blank");
        }
        return value.strip();
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValue(field, "required", field + " is required");
        }
        return value;
    }

    public static <C extends Collection<?>> C notEmpty(C values, String field) {
        if (values == null || values.isEmpty()) {
            throw new InvalidValue(field, "required", field + " must list at least one entry");
        }
        return values;
    }

    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw new InvalidValue(field, "not-negative", field + " must not be negative");
        }
        return value;
    }
}
