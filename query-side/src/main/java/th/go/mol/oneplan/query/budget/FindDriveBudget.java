package th.go.mol.oneplan.query.budget;

import th.go.mol.oneplan.query.basis.Clocks;

/**
 * Asks for one drive's budget: allocated, spent and remaining, per project, allocation, owner and source, as the
 * record reads now or at the clocks given (docs/time-travel.md).
 */
public record FindDriveBudget(String driveId, Clocks clocks) {
    public FindDriveBudget {
        clocks = clocks == null ? Clocks.NOW : clocks;
    }

    /** As the record reads now. */
    public FindDriveBudget(String driveId) {
        this(driveId, Clocks.NOW);
    }
}
