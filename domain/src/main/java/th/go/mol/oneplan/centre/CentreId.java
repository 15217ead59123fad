package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.InvalidValue;

import java.util.regex.Pattern;

/**
 * A tambon centre's id, chosen by the sender and opaque to the ledger: a province may use
 * {@code centre-840101-2563} (subdistrict code and BE year of establishment) so that a resent command names the
 * same centre, and an import job may use a UUID. It appears in URLs and in the event store's aggregate column, so
 * it is limited to letters, digits, dot, dash and underscore, at most {@value #MAX_LENGTH} characters. It carries
 * no personal data.
 */
public final class CentreId {
    public static final int MAX_LENGTH = 100;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

    private CentreId() {
    }

    /** The id given in {@code field} of a command, if it has the allowed form. */
    public static String valid(String id, String field) {
        if (id == null || !FORM.matcher(id).matches()) {
            throw new InvalidValue(field, "centre-id-format", field + " is 1 to " + MAX_LENGTH
                    + " letters, digits, '.', '-' or '_', starting with a letter or digit, like centre-840101-2563"
                    + " or a UUID; got " + id);
        }
        return id;
    }
}
