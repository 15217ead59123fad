package th.go.mol.oneplan.query.budget;

/** Asks for one drive's budget: allocated, spent and remaining, per project, allocation, owner and source. */
public record FindDriveBudget(String driveId) {
}
