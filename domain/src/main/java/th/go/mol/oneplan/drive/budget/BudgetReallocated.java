package th.go.mol.oneplan.drive.budget;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;

import java.time.LocalDate;

/**
 * An amount (satang) of one project's allocation was moved to another project, with the reason. It holds until
 * the next approved plan version, which states every project's allocation again.
 */
public record BudgetReallocated(String driveId, String eventId, String fromProjectCode, String toProjectCode,
                                long amountSatang, String reason, LocalDate businessDate, boolean lateRecord,
                                Recording recording) implements RecordedAct {

    @Override
    public String documentReference() {
        return "reallocation from " + fromProjectCode + " to " + toProjectCode;
    }

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        return switch (c.field()) {
            case "reason" -> new BudgetReallocated(driveId, eventId, fromProjectCode, toProjectCode, amountSatang,
                    c.textValue(), businessDate, lateRecord, recording);
            default -> throw c.notCorrectableOn("BudgetReallocated", "reason (reallocate back to undo an amount)");
        };
    }
}
