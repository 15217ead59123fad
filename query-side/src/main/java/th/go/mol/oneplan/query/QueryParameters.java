package th.go.mol.oneplan.query;

import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.ThaiDates;
import th.go.mol.oneplan.query.basis.Clocks;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

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

    /**
     * The two clocks of a time-travel query ({@code asOf}, {@code recordedAsOf}); either or both may be absent.
     * A present but empty or malformed one is a 400 naming it, never read as "now".
     */
    public static Clocks clocks(String asOf, String recordedAsOf) {
        return new Clocks(asOf == null ? null : businessDate(asOf, "asOf"),
                recordedAsOf == null ? null : instant(recordedAsOf, "recordedAsOf"));
    }

    /** A business date in any form {@link ThaiDates} reads (2019-09-30, 2562-09-30, 30/09/2562, 30 กันยายน 2562). */
    public static LocalDate businessDate(String text, String field) {
        if (text.isBlank()) {
            throw new InvalidValue(field, "date", field + " is empty: give a date like 2019-09-30 or 30/09/2562");
        }
        try {
            return ThaiDates.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidValue(field, "date", field + ": " + e.getMessage());
        }
    }

    /**
     * An instant with its offset ({@code 2019-10-05T09:00:00Z}, {@code 2019-10-05T16:00:00+07:00}), or a bare date,
     * read as the end of that day in Thailand (what the ledger said when that day's work was done).
     */
    public static Instant instant(String text, String field) {
        String s = ThaiDates.arabicDigits(text.strip());
        if (s.isEmpty()) {
            throw new InvalidValue(field, "instant", field + " is empty: give an instant like 2019-10-05T09:00:00Z");
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = ThaiDates.parse(s);
                return day.plusDays(1).atStartOfDay(Clocks.THAILAND).toInstant().minusNanos(1);
            } catch (DateTimeException notADate) {
                throw new InvalidValue(field, "instant", field + " must be an instant with its offset, like"
                        + " 2019-10-05T09:00:00Z or 2019-10-05T16:00:00+07:00 (or a date, read as the end of that"
                        + " day in Thailand), got '" + text + "'");
            }
        }
    }

    /** A non-negative event-store position ({@code minPosition}), or null when absent. */
    public static Long position(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            long value = Long.parseLong(ThaiDates.arabicDigits(text.strip()));
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValue(field, "position", field + " must be an event position (a whole number of 0 or"
                    + " more, as a command's answer gives it), got '" + text + "'");
        }
    }

    /**
     * An official area code of exactly {@code digits} digits (2 a province, 4 a district, 6 a subdistrict; Thai
     * digits accepted); 400 {@code area-code} naming the field otherwise. Whether the code names a real area is the
     * geography's question, asked after.
     */
    public static int areaCode(String text, String field, int digits) {
        String value = text == null ? "" : ThaiDates.arabicDigits(text.strip());
        if (!value.matches("\\d{" + digits + "}")) {
            throw new InvalidValue(field, "area-code", field + " is the official " + digits + "-digit code, got '"
                    + text + "'");
        }
        return Integer.parseInt(value);
    }
}
