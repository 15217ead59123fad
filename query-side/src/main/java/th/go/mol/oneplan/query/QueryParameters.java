package th.go.mol.oneplan.query;

import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.ThaiDates;

/**
 * Reads the HTTP query API's request parameters, so that a missing or malformed one is answered like any other
 * invalid value (400 naming the field and the rule) rather than with the web framework's own error. Thai digits
 * are accepted.
 */
public final class QueryParameters {
    private QueryParameters() {
    }

    /** A required fiscal year (ปีงบประมาณ), a Buddhist Era year in the range {@link FiscalYear} allows. */
    public static FiscalYear fiscalYear(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValue("fiscalYear", "required",
                    "fiscalYear is required: the Buddhist Era fiscal year, like 2562");
        }
        return new FiscalYear(wholeNumber(text, "fiscalYear"));
    }

    /** A whole number between min and max, or the default when the parameter is absent. */
    public static int inRange(String text, String field, int defaultValue, int min, int max) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        int value = wholeNumber(text, field);
        if (value < min || value > max) {
            throw new InvalidValue(field, "range", field + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    private static int wholeNumber(String text, String field) {
        try {
            return Integer.parseInt(ThaiDates.arabicDigits(text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValue(field, "whole-number", field + " must be a whole number, got '" + text + "'");
        }
    }
}
