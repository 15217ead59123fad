package th.go.mol.oneplan.register;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.ThaiDates;

import java.util.regex.Pattern;

/**
 * A Thai national identification number (เลขประจำตัวประชาชน): 13 digits, the last a check digit over the first
 * twelve (each digit weighted 13 down to 2, the check digit is (11 - sum mod 11) mod 10). People write it with
 * dashes ({@code 1-1037-02071-81-1}), spaces, or Thai digits; it is kept as the 13 digits.
 *
 * <p>It is personal data: {@link #masked()} is what an answer shows to a caller who may not see it, and the id is
 * never used in clear as an identifier or an index key.
 */
public final class NationalId {
    // Compiled once: String.replaceAll and String.matches compile their pattern on every call, and every
    // registration (and every event read back) parses an id.
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern THIRTEEN_DIGITS = Pattern.compile("\\d{13}");

    private final String digits;

    private NationalId(String digits) {
        this.digits = digits;
    }

    /** Reads an id as a person types it; a 400 naming {@code field} and the rule it breaks otherwise. */
    public static NationalId parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidValue(field, "required", field + " is required: the 13-digit national id");
        }
        String digits = SEPARATORS.matcher(ThaiDates.arabicDigits(text.strip())).replaceAll("");
        if (!THIRTEEN_DIGITS.matcher(digits).matches()) {
            throw new InvalidValue(field, "national-id-format",
                    field + " is 13 digits, written like 1-1037-02071-81-1 (dashes and spaces optional)");
        }
        if (checkDigit(digits) != digits.charAt(12) - '0') {
            throw new InvalidValue(field, "national-id-check-digit", field + " is not a valid national id: its last"
                    + " digit does not match the check digit of the first twelve (a digit is mistyped)");
        }
        return new NationalId(digits);
    }

    /**
     * Reads the 13 digits as an event stored them (the id is a plain JSON string in {@link PersonalData}); the
     * check digit is verified again, so a damaged record does not pass for a person.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static NationalId fromJson(String digits) {
        return parse(digits, "nationalId");
    }

    /** The check digit of the first twelve digits. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (13 - i);
        }
        return (11 - sum % 11) % 10;
    }

    /** The 13 digits. */
    @JsonValue
    public String digits() {
        return digits;
    }

    /** As it is printed on the card: {@code 1-1037-02071-81-1}. */
    public String formatted() {
        return digits.charAt(0) + "-" + digits.substring(1, 5) + "-" + digits.substring(5, 10) + "-"
                + digits.substring(10, 12) + "-" + digits.charAt(12);
    }

    /** As an answer shows it to a caller who may not see it: only the check digit, {@code x-xxxx-xxxxx-xx-1}. */
    public String masked() {
        return "x-xxxx-xxxxx-xx-" + digits.charAt(12);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NationalId id && id.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Never the id itself: a log line or an exception message must not carry personal data. */
    @Override
    public String toString() {
        return "NationalId[" + masked() + "]";
    }
}
