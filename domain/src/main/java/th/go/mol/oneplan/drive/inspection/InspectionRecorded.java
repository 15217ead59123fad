package th.go.mol.oneplan.drive.inspection;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;

import java.time.LocalDate;
import java.util.List;

/** An MOL inspector visited the drive on the business date. */
public record InspectionRecorded(String driveId, String eventId, String inspector, String findings,
                                 List<String> recommendations, LocalDate businessDate, boolean lateRecord,
                                 Recording recording) implements RecordedAct {
    public InspectionRecorded {
        recommendations = List.copyOf(recommendations);
    }

    @Override
    public String documentReference() {
        return "inspection by " + inspector;
    }

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        return switch (c.field()) {
            case "businessDate", "inspectionDate" -> new InspectionRecorded(driveId, eventId, inspector, findings,
                    recommendations, c.dateValue(), lateRecord, recording);
            case "inspector" -> new InspectionRecorded(driveId, eventId, c.textValue(), findings, recommendations,
                    businessDate, lateRecord, recording);
            case "findings" -> new InspectionRecorded(driveId, eventId, inspector, c.textValue(), recommendations,
                    businessDate, lateRecord, recording);
            default -> throw c.notCorrectableOn("InspectionRecorded", "inspectionDate, inspector, findings");
        };
    }
}
