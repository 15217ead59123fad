package th.go.mol.oneplan.query.kpi;

import th.go.mol.oneplan.drive.kpi.Evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * How a KPI level moved, as an inspector reads its history.
 *
 * <p>{@code drive_kpi_change} stores what the drive recorded: {@code REACHED} for each {@code KpiLevelReached},
 * {@code LOST} for each {@code KpiLevelLost}. {@link #EVIDENCE_EXTENDED} is how a {@code KpiLevelReached} reads
 * against the one before it, so it is told apart when the history is read, never stored.
 */
public enum KpiChange {
    /** The drive reached the level, or it now stands on another day or on other evidence (after a correction). */
    REACHED,
    /**
     * The level still stands on the same day, and its evidence names every act it named before and more: for
     * level 4, a further monthly report followed up the plan.
     */
    EVIDENCE_EXTENDED,
    /** The level no longer holds. */
    LOST;

    /**
     * How a recorded {@code KpiLevelReached} moved the level, given where the level stood just before it.
     *
     * @param stoodSince the day the level had been reached, or null when it did not stand (never reached, or lost)
     * @param stoodOn    the evidence it stood on then
     */
    public static KpiChange ofReached(LocalDate stoodSince, List<Evidence> stoodOn, LocalDate reachedOn,
                                      List<Evidence> evidence) {
        boolean extended = stoodSince != null && stoodSince.equals(reachedOn)
                && evidence.size() > stoodOn.size() && evidence.containsAll(stoodOn);
        return extended ? EVIDENCE_EXTENDED : REACHED;
    }
}
