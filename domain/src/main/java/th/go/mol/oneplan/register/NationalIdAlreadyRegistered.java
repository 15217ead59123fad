package th.go.mol.oneplan.register;

import th.go.mol.oneplan.common.RuleViolation;

/**
 * A registration of a person the register already holds (409 {@code national-id-registered}). It names the centre
 * that holds the person, so the caller knows where to turn, and nothing else: not the worker's id, not a name, so
 * that a caller who may not see that centre's register learns no personal data from the refusal.
 */
public class NationalIdAlreadyRegistered extends RuleViolation {
    private final String holdingCentreId;

    public NationalIdAlreadyRegistered(String holdingCentreId) {
        super("national-id-registered", "this person is already registered, in the register of " + holdingCentreId
                + "; record services there, or move the worker");
        this.holdingCentreId = holdingCentreId;
    }

    public String holdingCentreId() {
        return holdingCentreId;
    }
}
