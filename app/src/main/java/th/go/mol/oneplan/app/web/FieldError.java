package th.go.mol.oneplan.app.web;

/** One reason a request was refused: which field, which rule, and a sentence a person can act on. */
public record FieldError(String field, String rule, String message) {
}
