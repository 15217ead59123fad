package th.go.mol.oneplan.command.sending;

/**
 * The sender expected a version of the aggregate (a drive, a year's reporting rules) that is no longer current; the
 * HTTP API answers 409 stale-version (the version is what the client sent as If-Match).
 */
public class StaleVersion extends RuntimeException {
    private final String aggregateId;
    private final long currentVersion;

    public StaleVersion(String aggregateId, long expected, long currentVersion) {
        super(aggregateId + " is at version " + currentVersion + ", not " + expected
                + ": read it again, check what changed, and resend with If-Match: \"" + currentVersion + "\"");
        this.aggregateId = aggregateId;
        this.currentVersion = currentVersion;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
