package th.go.mol.oneplan.drive.fieldwork;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.AllocationRef;

import java.time.LocalDate;
import java.util.List;

/**
 * Records an activity under a project of the approved plan (a training batch, a service day): where, how many
 * took part, what it spent (satang) and which agency ran it.
 *
 * @param fundedBy  which of the project's allocations the amount comes from; may be {@code null} (or name only
 *                  some parts) when that already singles out one allocation
 * @param workerIds the registered workers served ({@code worker-<uuid>}), at most 500, duplicates counted once;
 *                  optional. The sender checks each was registered before sending.
 */
public record RecordActivity(@TargetAggregateIdentifier String driveId, LocalDate businessDate,
                             int siteSubdistrictCode, int participants, long amountSpentSatang, Agency agency,
                             String planProjectCode, String description, boolean lateRecord,
                             Recording recording, AllocationRef fundedBy, List<String> workerIds)
        implements DriveCommand {

    /** An activity naming no registered worker. */
    public RecordActivity(String driveId, LocalDate businessDate, int siteSubdistrictCode, int participants,
                          long amountSpentSatang, Agency agency, String planProjectCode, String description,
                          boolean lateRecord, Recording recording, AllocationRef fundedBy) {
        this(driveId, businessDate, siteSubdistrictCode, participants, amountSpentSatang, agency, planProjectCode,
                description, lateRecord, recording, fundedBy, List.of());
    }

    /** An activity spending from its project's only allocation (or spending nothing). */
    public RecordActivity(String driveId, LocalDate businessDate, int siteSubdistrictCode, int participants,
                          long amountSpentSatang, Agency agency, String planProjectCode, String description,
                          boolean lateRecord, Recording recording) {
        this(driveId, businessDate, siteSubdistrictCode, participants, amountSpentSatang, agency, planProjectCode,
                description, lateRecord, recording, null);
    }
}
