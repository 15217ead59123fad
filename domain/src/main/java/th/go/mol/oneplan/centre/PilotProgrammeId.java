package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pilot programme's id: {@code pilot-}, the province code and the BE fiscal year, e.g. {@code pilot-84-2563} for
 * Surat Thani in FY 2563. A province has one programme a year, so the id is not chosen freely. The prefix is
 * needed: Axon's event store keys every stream by the aggregate id alone (unique aggregate id and sequence
 * number, whatever the type), and {@code 84-2563} is already the id of Surat Thani's drive of that year.
 */
public record PilotProgrammeId(int provinceCode, FiscalYear fiscalYear) {
    private static final Pattern FORM = Pattern.compile("pilot-(\\d{2})-(\\d{4})");

    /** Reads an id given in {@code field} of a command. */
    public static PilotProgrammeId parse(String text, String field) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            throw new InvalidValue(field, "programme-id-format", field
                    + " is a pilot programme's id: pilot-, the 2-digit province code and the BE fiscal year, like"
                    + " pilot-84-2563; got " + text);
        }
        return new PilotProgrammeId(Integer.parseInt(m.group(1)), new FiscalYear(Integer.parseInt(m.group(2))));
    }

    @Override
    public String toString() {
        return String.format("pilot-%02d-%d", provinceCode, fiscalYear.beYear());
    }
}
