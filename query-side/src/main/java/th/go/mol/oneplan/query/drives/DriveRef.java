package th.go.mol.oneplan.query.drives;

/** Which drive a read-time answer is about: its id, province and fiscal year, as the overview keeps them. */
public record DriveRef(String driveId, int provinceCode, String provinceNameTh, String provinceNameEn,
                       int fiscalYear) {
}
