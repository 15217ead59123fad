package th.go.mol.oneplan.query.kpi;

/** Asks how a drive stands on the five KPI levels, how it got there, and what is missing. */
public record FindDriveKpi(String driveId) {
}
