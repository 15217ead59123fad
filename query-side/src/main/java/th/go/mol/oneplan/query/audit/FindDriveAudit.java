package th.go.mol.oneplan.query.audit;

import th.go.mol.oneplan.query.basis.Clocks;

/**
 * Asks for one page of a drive's audit trail, in stream order; pages count from 0. At other clocks than now, only
 * the events recorded by {@code recordedAsOf} and dated on or before {@code asOf} (docs/time-travel.md).
 */
public record FindDriveAudit(String driveId, int page, int size, Clocks clocks) {
    public FindDriveAudit {
        clocks = clocks == null ? Clocks.NOW : clocks;
    }

    /** As the record reads now. */
    public FindDriveAudit(String driveId, int page, int size) {
        this(driveId, page, size, Clocks.NOW);
    }
}
