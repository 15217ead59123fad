package th.go.mol.oneplan.query.kpi;

import th.go.mol.oneplan.query.basis.Clocks;

/** Asks how a drive stands on the five KPI levels, how it got there, and what is missing, at the clocks given. */
public record FindDriveKpi(String driveId, Clocks clocks) {
    public FindDriveKpi {
        clocks = clocks == null ? Clocks.NOW : clocks;
    }

    /** As the record reads now. */
    public FindDriveKpi(String driveId) {
        this(driveId, Clocks.NOW);
    }
}
