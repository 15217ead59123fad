package th.go.mol.oneplan.centre;

/**
 * The stage of the PDCA cycle (หลัก PDCA, source l.2423-2430) a follow-up looks at: planning together, doing what
 * was planned, checking progress, acting on what the check found.
 */
public enum PdcaStage {
    PLAN,
    DO,
    CHECK,
    ACT
}
