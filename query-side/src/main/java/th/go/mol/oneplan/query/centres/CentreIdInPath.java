package th.go.mol.oneplan.query.centres;

import th.go.mol.oneplan.centre.CentreId;
import th.go.mol.oneplan.common.InvalidValue;

import java.util.regex.Pattern;

/**
 * The form a centre id takes in a read's path: the same as the write side's ({@code CentreIds} in command-side,
 * which this module does not depend on): {@code centre-}, the 6-digit subdistrict code and optionally a dash and
 * a suffix ({@code centre-840101-2563}). The access rules read the subdistrict from it; {@code CentreIdInPathTest}
 * in app checks that both forms agree.
 */
public final class CentreIdInPath {
    private static final Pattern FORM = Pattern.compile(Pattern.quote(CentreId.PREFIX) + "\\d{6}(?:-[A-Za-z0-9._-]+)?");

    private CentreIdInPath() {
    }

    /** The id, or 400 naming {@code centreId} when it is not of the HTTP form. */
    public static String valid(String centreId) {
        if (centreId == null || centreId.length() > CentreId.MAX_LENGTH || !FORM.matcher(centreId).matches()) {
            throw new InvalidValue("centreId", "centre-id-format", "the path's centreId is " + CentreId.PREFIX
                    + ", the centre's 6-digit subdistrict code and optionally '-' and letters, digits, '.', '-' or"
                    + " '_' (at most " + CentreId.MAX_LENGTH + " characters in all), like centre-840101-2563");
        }
        return centreId;
    }
}
