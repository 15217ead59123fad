package th.go.mol.oneplan.common;

/**
 * A business rule of the drive refused a command. The API answers 409 Conflict with the rule's code, and with the
 * field when the rule is about one value of the command (a worker id that was never registered).
 */
public class RuleViolation extends RuntimeException {
    private final String rule;
    private final String field;

    public RuleViolation(String rule, String message) {
        this(rule, null, message);
    }

    /** A rule broken by the value of {@code field} (a path such as {@code workerIds[2]}). */
    public RuleViolation(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    /** The field whose value broke the rule, or null when the rule is about the command as a whole. */
    public String field() {
        return field;
    }
}
