package th.go.mol.oneplan.query.detail;

import th.go.mol.oneplan.query.basis.Clocks;

/** Asks for everything recorded in one drive, as it reads now or at the clocks given (docs/time-travel.md). */
public record FindDriveDetail(String driveId, Clocks clocks) {
    public FindDriveDetail {
        clocks = clocks == null ? Clocks.NOW : clocks;
    }

    /** As the record reads now. */
    public FindDriveDetail(String driveId) {
        this(driveId, Clocks.NOW);
    }
}
