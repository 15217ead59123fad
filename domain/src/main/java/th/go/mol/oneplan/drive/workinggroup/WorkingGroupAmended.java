package th.go.mol.oneplan.drive.workinggroup;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;

import java.time.LocalDate;
import java.util.List;

/** The working group's membership was changed by the amending order named. */
public record WorkingGroupAmended(String driveId, String eventId, String orderNumber, List<Member> membersAdded,
                                  List<String> membersRemoved, String reason, LocalDate businessDate,
                                  boolean lateRecord, Recording recording) implements RecordedAct {
    public WorkingGroupAmended {
        membersAdded = List.copyOf(membersAdded);
        membersRemoved = List.copyOf(membersRemoved);
    }

    @Override
    public String documentReference() {
        return orderNumber == null || orderNumber.isBlank() ? null : "order " + orderNumber;
    }

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        return switch (c.field()) {
            case "businessDate", "orderDate" -> new WorkingGroupAmended(driveId, eventId, orderNumber, membersAdded,
                    membersRemoved, reason, c.dateValue(), lateRecord, recording);
            case "orderNumber" -> new WorkingGroupAmended(driveId, eventId, c.textValue(), membersAdded,
                    membersRemoved, reason, businessDate, lateRecord, recording);
            default -> throw c.notCorrectableOn("WorkingGroupAmended", "orderDate, orderNumber");
        };
    }
}
