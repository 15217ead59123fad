package th.go.mol.oneplan.drive.kpi;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveEvent;

import java.time.LocalDate;

/**
 * A level the drive had reached no longer holds, typically after a correction showed an act was not what was
 * first recorded. {@code causedByEventId} is that correction; {@code because} says what is now missing.
 */
public record KpiLevelLost(String driveId, String eventId, int level, LocalDate previouslyReachedOn, String because,
                           String causedByEventId, LocalDate businessDate, boolean lateRecord, Recording recording)
        implements DriveEvent {
}
