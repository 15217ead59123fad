package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pilot programme's id: the province code and the BE fiscal year, e.g. {@code 84-2563} for Surat Thani in
 * FY 2563, the same form as a drive's id. A province has one programme a year, so the id is not chosen freely.
 */
public record PilotProgrammeId(int provinceCode, FiscalYear fiscalYear) {
    private static final Pattern FORM = Pattern.compile("(\\d{2})-(\\d{4})");

    /** Reads an id given in {@code field} of a command. */
    public static PilotProgrammeId parse(String text, String field) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            throw new InvalidValue(field, "programme-id-format", field
                    + " is a pilot programme's id: the 2-digit province code and the BE fiscal year, like 84-2563");
        }
        return new PilotProgrammeId(Integer.parseInt(m.group(1)), new FiscalYear(Integer.parseInt(m.group(2))));
    }

    @Override
    public String toString() {
        return String.format("%02d-%d", provinceCode, fiscalYear.beYear());
    }
}
