package th.go.mol.oneplan.query.kpi;

/** How a KPI level moved: the drive reached it (or it now stands on another day or other evidence), or lost it. */
public enum KpiChange {
    REACHED, LOST
}
