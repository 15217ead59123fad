package th.go.mol.oneplan.query.budget;

/** Asks for a fiscal year's money across every province with a drive. */
public record FindBudgetRollup(int fiscalYear) {
}
