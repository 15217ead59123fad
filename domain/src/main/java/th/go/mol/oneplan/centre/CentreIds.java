package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.FiscalYear;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form a tambon centre's id takes over HTTP (write side, read side and access rules alike): {@code centre-}, the 6-digit code of the centre's subdistrict,
 * and optionally a dash and what the sender likes ({@code centre-840101-2563}). The domain accepts any
 * {@code centre-} id ({@link CentreId}); the HTTP API asks for the subdistrict in it because the access rules
 * decide a caller's scope from the path alone, before any read model exists: the subdistrict's first two digits
 * are the province (for a provincial officer), the whole code the tambon (for centre staff). A centre recorded by
 * another sender under another id form (an import job's {@code centre-<uuid>}) is not reachable over HTTP.
 */
public final class CentreIds {
    private static final Pattern FORM = Pattern.compile(Pattern.quote(CentreId.PREFIX) + "(\\d{6})(?:-[A-Za-z0-9._-]+)?");

    private CentreIds() {
    }

    /** The subdistrict code a centre id over HTTP names, if it has that form (the access rules' question). */
    public static Optional<Integer> subdistrictOf(String centreId) {
        Matcher m = centreId == null ? null : FORM.matcher(centreId);
        return m != null && m.matches() && centreId.length() <= CentreId.MAX_LENGTH
                ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** A centre id given in the path: 400 naming {@code centreId} when it is not of the HTTP form. */
    public static String inPath(String centreId) {
        if (subdistrictOf(centreId).isEmpty()) {
            throw new InvalidValue("centreId", "centre-id-format", "the path's centreId is " + CentreId.PREFIX
                    + ", the centre's 6-digit subdistrict code and optionally '-' and letters, digits, '.', '-' or"
                    + " '_' (at most " + CentreId.MAX_LENGTH + " characters in all), like centre-840101-2563");
        }
        return centreId;
    }

    /**
     * A centre id given in {@code field} of a body for a centre in {@code subdistrictCode}: of the HTTP form and
     * naming that subdistrict (400 {@code centre-id-subdistrict} otherwise).
     */
    public static String ofSubdistrict(String centreId, int subdistrictCode, String field) {
        CentreId.valid(centreId, field);
        Optional<Integer> named = subdistrictOf(centreId);
        if (named.isEmpty() || named.get() != subdistrictCode) {
            throw new InvalidValue(field, "centre-id-subdistrict", field + " names the centre's subdistrict: "
                    + CentreId.PREFIX + subdistrictCode + " or " + CentreId.PREFIX + subdistrictCode
                    + "-<letters, digits, '.', '-', '_'>, like " + made(subdistrictCode, LocalDate.of(2019, 11, 1))
                    + "; got " + centreId);
        }
        return centreId;
    }

    /**
     * The id the ledger makes when the sender sends none: the subdistrict and the BE fiscal year of establishment
     * (2019-11-15 is in FY 2563), so that the same request sent again names the same centre.
     */
    public static String made(int subdistrictCode, LocalDate establishedOn) {
        return CentreId.PREFIX + subdistrictCode + "-" + FiscalYear.containing(establishedOn).beYear();
    }
}
