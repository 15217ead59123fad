package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.InvalidValue;

import java.util.regex.Pattern;

/**
 * A tambon centre's id, chosen by the sender and opaque to the ledger: {@code centre-} and then what the sender
 * likes, e.g. {@code centre-840101-2563} (subdistrict code and BE year of establishment, so that a resent command
 * names the same centre) or {@code centre-} and a UUID from an import job. The prefix keeps centre ids apart from
 * every other aggregate's id: Axon's event store keys streams by the aggregate id alone, whatever the type, so a
 * centre called {@code 84-2563} would write into the stream of Surat Thani's drive. The id appears in URLs and in
 * the event store's aggregate column, so it is limited to letters, digits, dot, dash and underscore, at most
 * {@value #MAX_LENGTH} characters. It carries no personal data.
 */
public final class CentreId {
    public static final int MAX_LENGTH = 100;
    public static final String PREFIX = "centre-";
    private static final Pattern FORM =
            Pattern.compile(PREFIX + "[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - PREFIX.length() - 1) + "}");

    private CentreId() {
    }

    /** The id given in {@code field} of a command, if it has the allowed form. */
    public static String valid(String id, String field) {
        if (id == null || !FORM.matcher(id).matches()) {
            throw new InvalidValue(field, "centre-id-format", field + " is " + PREFIX + " followed by letters, digits,"
                    + " '.', '-' or '_' (at most " + MAX_LENGTH + " characters in all), like centre-840101-2563 or"
                    + " centre- and a UUID; got " + id);
        }
        return id;
    }
}
