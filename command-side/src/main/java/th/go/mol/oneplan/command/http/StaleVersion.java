package th.go.mol.oneplan.command.http;

/** The client's If-Match names a version (of a drive, or of a year's rules) that is no longer current: 409. */
public class StaleVersion extends RuntimeException {
    private final String driveId;
    private final long currentVersion;

    public StaleVersion(String driveId, long expected, long currentVersion) {
        super(driveId + " is at version " + currentVersion + ", not " + expected
                + ": read it again, check what changed, and resend with If-Match: \"" + currentVersion + "\"");
        this.driveId = driveId;
        this.currentVersion = currentVersion;
    }

    public String driveId() {
        return driveId;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
