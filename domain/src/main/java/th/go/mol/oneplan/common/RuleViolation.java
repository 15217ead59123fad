package th.go.mol.oneplan.common;

/**
 * A business rule of the drive refused a command. The API answers 409 Conflict with the rule's code.
 */
public class RuleViolation extends RuntimeException {
    private final String rule;

    public RuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
