package th.go.mol.oneplan.query.budget;

import th.go.mol.oneplan.query.basis.Clocks;

/** Asks for a fiscal year's money across every province with a drive, now or at the clocks given. */
public record FindBudgetRollup(int fiscalYear, Clocks clocks) {
    public FindBudgetRollup {
        clocks = clocks == null ? Clocks.NOW : clocks;
    }

    /** As the record reads now. */
    public FindBudgetRollup(int fiscalYear) {
        this(fiscalYear, Clocks.NOW);
    }
}
