package th.go.mol.oneplan.query.detail;

/** Where a One Plan version stands. */
public enum PlanVersionStatus {
    /** Written, not approved (yet). */
    DRAFT,
    /** Approved at a working-group meeting and in force: the latest approved version. */
    APPROVED,
    /** Approved once, then replaced by a later approved version. */
    SUPERSEDED
}
