package th.go.mol.oneplan.query.travel;

import java.time.Instant;

/** Asks what changed in a drive's record after {@code from} and by {@code to} (from is not after to). */
public record FindDriveChanges(String driveId, Instant from, Instant to) {
}
