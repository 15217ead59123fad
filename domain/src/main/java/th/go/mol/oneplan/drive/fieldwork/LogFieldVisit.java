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
 * @param fundedBy which of the project's allocations the amount comes from; may be {@code null} (or name only
 *                 some parts) when that already singles out one allocation
 */
public record LogFieldVisit(@TargetAggregateIdentifier String driveId, LocalDate businessDate, int siteSubdistrictCode,
                            String venue, List<String> agenciesPresent, int peopleReached,
                            List<String> servicesDelivered, String planProjectCode, boolean lateRecord,
                            Recording recording, long amountSpentSatang, AllocationRef fundedBy) implements DriveCommand {
    /** A visit that spent nothing. */
    public LogFieldVisit(String driveId, LocalDate businessDate, int siteSubdistrictCode, String venue,
                         List<String> agenciesPresent, int peopleReached, List<String> servicesDelivered,
                         String planProjectCode, boolean lateRecord, Recording recording) {
        this(driveId, businessDate, siteSubdistrictCode, venue, agenciesPresent, peopleReached, servicesDelivered,
                planProjectCode, lateRecord, recording, 0L, null);
    }
}
