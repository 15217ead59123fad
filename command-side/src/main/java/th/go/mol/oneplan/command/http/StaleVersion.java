package th.go.mol.oneplan.command.http;

/** The client's If-Match names a version of the drive that is no longer current. The API answers 409. */
public class StaleVersion extends RuntimeException {
    private final String driveId;
    private final long currentVersion;

    public StaleVersion(String driveId, long expected, long currentVersion) {
        super("drive " + driveId + " is at version " + currentVersion + ", not " + expected
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
