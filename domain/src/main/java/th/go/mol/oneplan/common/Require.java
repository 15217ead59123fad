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

    /** Required text of at most {@code maxLength} characters, the limit the HTTP API also states. */
    public static String text(String value, String field, int maxLength) {
        return atMost(text(value, field), field, maxLength);
    }

    /** Optional text (null when blank) of at most {@code maxLength} characters. */
    public static String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : atMost(value.strip(), field, maxLength);
    }

    /** Each entry of a list of texts is no longer than {@code maxLength}, and there are at most {@code maxEntries}. */
    public static java.util.List<String> texts(java.util.List<String> values, String field, int maxEntries,
                                               int maxLength) {
        if (values.size() > maxEntries) {
            throw new InvalidValue(field, "size", field + " lists at most " + maxEntries + " entries, got " + values.size());
        }
        for (int i = 0; i < values.size(); i++) {
            atMost(values.get(i), field + "[" + i + "]", maxLength);
        }
        return values;
    }

    /** A count between {@code min} and {@code max}, the range the HTTP API also states. */
    public static long between(long value, String field, long min, long max) {
        if (value < 0 && min == 0) {
            throw new InvalidValue(field, "not-negative", field + " must not be negative");
        }
        if (value < min) {
            throw new InvalidValue(field, "min", field + " must be greater than or equal to " + min);
        }
        if (value > max) {
            throw new InvalidValue(field, "max", field + " must be less than or equal to " + max);
        }
        return value;
    }

    private static String atMost(String value, String field, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidValue(field, "size", field + " has at most " + maxLength + " characters, got "
                    + value.length());
        }
        return value;
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
