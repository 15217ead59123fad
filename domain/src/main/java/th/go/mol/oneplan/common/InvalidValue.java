package th.go.mol.oneplan.common;

/**
 * A value in a command is not acceptable on its own (an unknown province code, a subdistrict outside the
 * province, an empty required text). The API answers 400 naming the field and the rule.
 */
public class InvalidValue extends RuntimeException {
    private final String field;
    private final String rule;

    public InvalidValue(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
