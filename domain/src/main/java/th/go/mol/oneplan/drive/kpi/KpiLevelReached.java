package th.go.mol.oneplan.drive.kpi;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The drive reached a KPI level, or the date or evidence on which it stands changed: after a correction, or for
 * level 4 when a further monthly report joined its evidence (same day, longer evidence). Derived by
 * {@link KpiAssessor} when an act was recorded; {@code causedByEventId} is that act. The business date is the
 * day the level was reached.
 */
public record KpiLevelReached(String driveId, String eventId, int level, LocalDate businessDate,
                              List<Evidence> evidence, String causedByEventId, boolean lateRecord,
                              Recording recording) implements DriveEvent {
    public KpiLevelReached {
        evidence = List.copyOf(evidence);
    }
}
