package th.go.mol.oneplan.app.workerimport;

/**
 * Why a row of a survey file was not registered: its line (the header is line 1), the column at fault ({@code row}
 * when no single column is), the rule it broke, and a message that never repeats the personal value itself.
 */
public record RowError(long line, String field, String rule, String message) {
}
