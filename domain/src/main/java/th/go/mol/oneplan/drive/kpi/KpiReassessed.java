package th.go.mol.oneplan.drive.kpi;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The KPI rules in force were applied again to the drive's acts, for the reason given; the levels whose recorded
 * outcome differed follow as {@link KpiLevelReached} or {@link KpiLevelLost} events caused by this one.
 *
 * @param levelsChanged the levels recorded again, in order
 */
public record KpiReassessed(String driveId, String eventId, String reason, List<Integer> levelsChanged,
                            LocalDate businessDate, boolean lateRecord, Recording recording) implements DriveEvent {
    public KpiReassessed {
        levelsChanged = List.copyOf(levelsChanged);
    }
}
