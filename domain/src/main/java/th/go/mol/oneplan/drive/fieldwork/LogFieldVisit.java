package th.go.mol.oneplan.drive.fieldwork;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;
import th.go.mol.oneplan.drive.plan.AllocationRef;

import java.time.LocalDate;
import java.util.List;

/**
 * Logs a field visit (ลงพื้นที่) to a pilot site under a project of the approved plan, and what it spent (satang).
 *
 * @param fundedBy  which of the project's allocations the amount comes from; may be {@code null} (or name only
 *                  some parts) when that already singles out one allocation
 * @param centreId  the tambon centre visited ({@code centre-<subdistrict>[-...]}), in the drive's province; optional.
 *                  The sender checks it was established (another aggregate) before sending.
 * @param workerIds the registered workers served ({@code worker-<uuid>}), at most 500, duplicates counted once;
 *                  optional. The sender checks each was registered before sending.
 */
public record LogFieldVisit(@TargetAggregateIdentifier String driveId, LocalDate businessDate, int siteSubdistrictCode,
                            String venue, List<String> agenciesPresent, int peopleReached,
                            List<String> servicesDelivered, String planProjectCode, boolean lateRecord,
                            Recording recording, long amountSpentSatang, AllocationRef fundedBy, String centreId,
                            List<String> workerIds) implements DriveCommand {
    /** A visit naming no centre and no registered worker. */
    public LogFieldVisit(String driveId, LocalDate businessDate, int siteSubdistrictCode, String venue,
                         List<String> agenciesPresent, int peopleReached, List<String> servicesDelivered,
                         String planProjectCode, boolean lateRecord, Recording recording, long amountSpentSatang,
                         AllocationRef fundedBy) {
        this(driveId, businessDate, siteSubdistrictCode, venue, agenciesPresent, peopleReached, servicesDelivered,
                planProjectCode, lateRecord, recording, amountSpentSatang, fundedBy, null, List.of());
    }

    /** A visit that spent nothing. */
    public LogFieldVisit(String driveId, LocalDate businessDate, int siteSubdistrictCode, String venue,
                         List<String> agenciesPresent, int peopleReached, List<String> servicesDelivered,
                         String planProjectCode, boolean lateRecord, Recording recording) {
        this(driveId, businessDate, siteSubdistrictCode, venue, agenciesPresent, peopleReached, servicesDelivered,
                planProjectCode, lateRecord, recording, 0L, null);
    }
}
