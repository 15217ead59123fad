package th.go.mol.oneplan.drive.kpi;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether one KPI level is reached, since when, by which acts, or, when not reached, what is missing.
 */
public record LevelStatus(KpiLevel level, boolean reached, LocalDate reachedOn, List<Evidence> evidence,
                          String unmetBecause) {
    public LevelStatus {
        evidence = List.copyOf(evidence);
    }

    public static LevelStatus reached(KpiLevel level, LocalDate on, List<Evidence> evidence) {
        return new LevelStatus(level, true, on, evidence, null);
    }

    public static LevelStatus unmet(KpiLevel level, String because) {
        return new LevelStatus(level, false, null, List.of(), because);
    }

    /** Same outcome for an inspector: reached or not, on the same day, by the same acts. */
    public boolean sameOutcomeAs(LevelStatus other) {
        return reached == other.reached
                && java.util.Objects.equals(reachedOn, other.reachedOn)
                && evidence.equals(other.evidence);
    }
}
