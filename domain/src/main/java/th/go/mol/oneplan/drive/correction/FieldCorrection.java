package th.go.mol.oneplan.drive.correction;

import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.ThaiDates;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * One corrected field of an earlier act: the field's name as the act's API shows it, and its corrected value
 * as text (dates may be typed in BE). An empty value means the original should have had none, e.g. an order
 * that was in fact never signed.
 */
public record FieldCorrection(String field, String correctedValue) {

    public LocalDate dateValue() {
        try {
            return ThaiDates.parse(correctedValue);
        } catch (DateTimeException e) {
            throw new InvalidValue("corrections." + field, "date", e.getMessage());
        }
    }

    public String textValue() {
        return correctedValue == null ? "" : correctedValue.strip();
    }

    public int intValue() {
        try {
            int value = Integer.parseInt(ThaiDates.arabicDigits(textValue()));
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValue("corrections." + field, "whole-number",
                    field + " must be corrected to a whole number of 0 or more, got '" + correctedValue + "'");
        }
    }

    /** An amount in baht (at most two decimals, 0 or more; Thai digits allowed) as whole satang. */
    public long satangValue() {
        try {
            BigDecimal baht = new BigDecimal(ThaiDates.arabicDigits(textValue()).replace(",", ""));
            if (baht.signum() < 0 || baht.stripTrailingZeros().scale() > 2) {
                throw new NumberFormatException();
            }
            return baht.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidValue("corrections." + field, "baht", field + " must be corrected to an amount in baht"
                    + " of 0 or more with at most two decimals, e.g. 19500.00, got '" + correctedValue + "'");
        }
    }

    /**
     * The workers served and the centre visited are checked against the register and the centres when the act is
     * recorded, and a worker, once named, counts as served by the drive for good (the count is kept set-based,
     * never taken back), so they are not corrected.
     */
    public InvalidValue referenceNotCorrectable(String actType, String correctableFields) {
        return new InvalidValue("corrections.field", "not-correctable", "'" + field + "' cannot be corrected on "
                + actType + ": the registered workers served and the centre visited are checked when the act is"
                + " recorded and a worker once named stays counted as served by the drive; correctable fields: "
                + correctableFields);
    }

    public InvalidValue notCorrectableOn(String actType, String correctableFields) {
        return new InvalidValue("corrections.field", "correctable-field",
                "'" + field + "' cannot be corrected on " + actType + "; correctable fields: " + correctableFields);
    }
}
