package th.go.mol.oneplan.query.detail;

/** Asks for everything recorded in one drive, as it reads now. */
public record FindDriveDetail(String driveId) {
}
