package th.go.mol.oneplan.drive.kpi;

import java.time.LocalDate;
import java.util.List;

/** The status of all five levels at one point of a drive's history. */
public record KpiAssessment(List<LevelStatus> levels) {
    public KpiAssessment {
        levels = List.copyOf(levels);
    }

    public LevelStatus level(KpiLevel level) {
        return levels.get(level.number() - 1);
    }

    /** The highest level N such that 1..N are all reached; 0 when level 1 is not. */
    public int currentLevel() {
        int current = 0;
        for (LevelStatus s : levels) {
            if (!s.reached()) {
                break;
            }
            current = s.level().number();
        }
        return current;
    }

    /** Whether the level was reached on or before the date. */
    public boolean reachedBy(KpiLevel level, LocalDate date) {
        LevelStatus s = level(level);
        return s.reached() && !s.reachedOn().isAfter(date);
    }
}
