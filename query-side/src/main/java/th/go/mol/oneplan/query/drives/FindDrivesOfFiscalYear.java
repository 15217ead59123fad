package th.go.mol.oneplan.query.drives;

/** Asks for every province's drive in a fiscal year (ปีงบประมาณ, Buddhist Era year), by province code. */
public record FindDrivesOfFiscalYear(int fiscalYear) {
}
