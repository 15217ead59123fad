package th.go.mol.oneplan.query.audit;

/** Asks for one page of a drive's audit trail, in stream order; pages count from 0. */
public record FindDriveAudit(String driveId, int page, int size) {
}
