package th.go.mol.oneplan.register;

import th.go.mol.oneplan.common.InvalidValue;

import java.util.regex.Pattern;

/**
 * A registered worker's id: {@code worker-} and a UUID the sender chooses (a centre's tablet, an import job), e.g.
 * {@code worker-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f}, so that a resent command names the same worker. It is
 * opaque on purpose: ids and the event store's index columns are not encrypted, so an id must never be derived
 * from the national id (a hash of 13 digits is reversed by trying them all). The prefix keeps it apart from every
 * other aggregate's id, since Axon's event store keys streams by the aggregate id alone.
 */
public final class WorkerId {
    public static final String PREFIX = "worker-";
    private static final Pattern FORM =
            Pattern.compile(PREFIX + "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private WorkerId() {
    }

    /** The id given in {@code field} of a command, if it is {@code worker-} and a UUID. */
    public static String valid(String id, String field) {
        if (id == null || !FORM.matcher(id).matches()) {
            throw new InvalidValue(field, "worker-id-format", field + " is worker- followed by a UUID the sender"
                    + " chose, like worker-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f (never derived from the national id)");
        }
        return id;
    }
}
