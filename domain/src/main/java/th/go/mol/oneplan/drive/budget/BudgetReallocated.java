package th.go.mol.oneplan.drive.budget;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.plan.AllocationRef;

import java.time.LocalDate;

/**
 * An amount (satang) of one project's allocation was moved to another allocation, with the reason. It holds until
 * the next approved plan version, which states every project's allocations again.
 *
 * @param fromAllocation the allocation that gave the money, in full; {@code null} on a reallocation stored
 *                       before projects had several allocations (it was the project's only one)
 * @param toAllocation   the allocation that received it, in full (opened by this reallocation if the project
 *                       had none from that source); {@code null} as for {@code fromAllocation}
 */
public record BudgetReallocated(String driveId, String eventId, String fromProjectCode, String toProjectCode,
                                long amountSatang, String reason, LocalDate businessDate, boolean lateRecord,
                                Recording recording, AllocationRef fromAllocation, AllocationRef toAllocation)
        implements RecordedAct {

    @Override
    public String documentReference() {
        return "reallocation from " + fromProjectCode + " to " + toProjectCode;
    }

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        return switch (c.field()) {
            case "reason" -> new BudgetReallocated(driveId, eventId, fromProjectCode, toProjectCode, amountSatang,
                    c.textValue(), businessDate, lateRecord, recording, fromAllocation, toAllocation);
            default -> throw c.notCorrectableOn("BudgetReallocated", "reason (reallocate back to undo an amount)");
        };
    }
}
