package th.go.mol.oneplan.query.reporting;

/** Asks for a fiscal year's reporting rules: the version in force and the earlier ones. */
public record FindReportingRules(int fiscalYear) {
}
