package th.go.mol.oneplan.app.security;

import th.go.mol.oneplan.app.web.FieldError;

import java.util.List;

/** Input that breaks one or more rules at once (a password and a scope, say): a 400 naming every field. */
public class InvalidFields extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidFields(List<FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
