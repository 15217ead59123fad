package th.go.mol.oneplan.register;

/**
 * Why a worker's personal data is erased (PDPA B.E. 2562, section 33: the data subject's right to erasure).
 */
public enum ErasureGround {
    /** The worker withdrew the consent the register relied on, and no other basis remains (section 33(2)). */
    CONSENT_WITHDRAWN,
    /** The data is no longer necessary for the purpose it was collected for (section 33(1)). */
    NO_LONGER_NECESSARY,
    /** The worker objected to the processing and the objection was upheld (section 33(3), section 32). */
    OBJECTION_UPHELD,
    /** The data was processed unlawfully (section 33(4)). */
    UNLAWFUL_PROCESSING
}
