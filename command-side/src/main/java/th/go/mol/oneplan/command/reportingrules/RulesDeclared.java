package th.go.mol.oneplan.command.reportingrules;

/**
 * The answer to a declaration of reporting rules: the fiscal year, the id of the event that records this
 * version, and the year's version after it (the number of declarations), which a client may send back as
 * {@code If-Match}.
 */
public record RulesDeclared(String fiscalYear, String eventId, long version) {
}
