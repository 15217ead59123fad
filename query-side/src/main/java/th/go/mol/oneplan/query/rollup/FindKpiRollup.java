package th.go.mol.oneplan.query.rollup;

/** Asks how the provinces' drives of a fiscal year stand on the KPI, nationally. */
public record FindKpiRollup(int fiscalYear) {
}
