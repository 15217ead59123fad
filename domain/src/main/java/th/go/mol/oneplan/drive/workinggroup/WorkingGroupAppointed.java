package th.go.mol.oneplan.drive.workinggroup;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;

import java.time.LocalDate;
import java.util.List;

/** The working group was appointed by the provincial order named, signed by the person named. */
public record WorkingGroupAppointed(String driveId, String eventId, String orderNumber, String signedBy,
                                    List<Member> members, LocalDate businessDate, boolean lateRecord,
                                    Recording recording) implements RecordedAct {
    public WorkingGroupAppointed {
        members = List.copyOf(members);
    }

    @Override
    public String documentReference() {
        return "order " + orderNumber;
    }

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        return switch (c.field()) {
            case "businessDate", "orderDate" -> new WorkingGroupAppointed(driveId, eventId, orderNumber, signedBy,
                    members, c.dateValue(), lateRecord, recording);
            case "orderNumber" -> new WorkingGroupAppointed(driveId, eventId, c.textValue(), signedBy, members,
                    businessDate, lateRecord, recording);
            case "signedBy" -> new WorkingGroupAppointed(driveId, eventId, orderNumber, c.textValue(), members,
                    businessDate, lateRecord, recording);
            default -> throw c.notCorrectableOn("WorkingGroupAppointed", "orderDate, orderNumber, signedBy");
        };
    }
}
