package th.go.mol.oneplan.query.drives;

import java.time.LocalDate;
import java.util.List;

/**
 * A drive's KPI level from the days each level was reached: the highest N with levels 1..N all reached, and
 * the day level N was reached; level 0 (no day) while level 1 is not.
 *
 * @param reachedOn the day level N was reached, or null at level 0
 */
public record CurrentLevel(int level, LocalDate reachedOn) {
    public static final int LEVELS = 5;

    /** @param reachedOnByLevel element i is the day level i + 1 was reached, null while it is not */
    public static CurrentLevel of(List<LocalDate> reachedOnByLevel) {
        int level = 0;
        LocalDate on = null;
        for (LocalDate day : reachedOnByLevel) {
            if (day == null || level == LEVELS) {
                break;
            }
            level++;
            on = day;
        }
        return new CurrentLevel(level, on);
    }
}
