package th.go.mol.oneplan.drive.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;
import th.go.mol.oneplan.drive.plan.AllocationRef;

import java.time.LocalDate;

/**
 * Moves an amount (satang) of one allocation's remaining money to another project (or another owner in the same
 * project) of the plan in force. Money keeps its budget source.
 *
 * @param fromAllocation which allocation of {@code fromProjectCode} gives the money; may be {@code null} (or
 *                       partial) when that already singles out one allocation
 * @param toAllocation   which allocation of {@code toProjectCode} receives it; the source is the giver's, and when
 *                       the project has no allocation from that source a new one is opened, owned by the agency
 *                       named here or else by the agency that leads the project
 */
public record ReallocateBudget(@TargetAggregateIdentifier String driveId, String fromProjectCode,
                               String toProjectCode, long amountSatang, String reason, LocalDate businessDate,
                               boolean lateRecord, Recording recording, AllocationRef fromAllocation,
                               AllocationRef toAllocation) implements DriveCommand {

    /** Moves money between two projects that each have one allocation from the same source. */
    public ReallocateBudget(String driveId, String fromProjectCode, String toProjectCode, long amountSatang,
                            String reason, LocalDate businessDate, boolean lateRecord, Recording recording) {
        this(driveId, fromProjectCode, toProjectCode, amountSatang, reason, businessDate, lateRecord, recording,
                null, null);
    }
}
