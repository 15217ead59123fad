package th.go.mol.oneplan.drive;

import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A drive's id: the province code and the BE fiscal year, e.g. {@code 92-2562} for Trang in FY 2562. */
public record DriveId(int provinceCode, FiscalYear fiscalYear) {
    private static final Pattern FORM = Pattern.compile("(\\d{2})-(\\d{4})");

    public static DriveId parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            throw new InvalidValue("driveId", "drive-id-format",
                    "a drive id is the 2-digit province code and the BE fiscal year, like 92-2562");
        }
        return new DriveId(Integer.parseInt(m.group(1)), new FiscalYear(Integer.parseInt(m.group(2))));
    }

    @Override
    public String toString() {
        return String.format("%02d-%d", provinceCode, fiscalYear.beYear());
    }
}
