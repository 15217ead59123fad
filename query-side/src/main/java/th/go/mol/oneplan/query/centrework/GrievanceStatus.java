package th.go.mol.oneplan.query.centrework;

import th.go.mol.oneplan.common.InvalidValue;

import java.util.Locale;

/** Which of a centre's grievances a list shows. */
public enum GrievanceStatus {
    OPEN,
    RESOLVED,
    ALL;

    /** The query parameter {@code status}: open, resolved or all (any letter case); all when absent. */
    public static GrievanceStatus of(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("status", "grievance-status", "status is open, resolved or all, got '" + text
                    + "'");
        }
    }
}
