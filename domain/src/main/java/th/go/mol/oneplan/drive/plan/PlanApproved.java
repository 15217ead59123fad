package th.go.mol.oneplan.drive.plan;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;

import java.time.LocalDate;

/** The working group approved a plan version at the meeting named (cited by number and event id). */
public record PlanApproved(String driveId, String eventId, int version, String meetingNumber, String meetingEventId,
                           LocalDate businessDate, boolean lateRecord, Recording recording) implements RecordedAct {

    @Override
    public String documentReference() {
        return "One Plan version " + version + " approved at meeting " + meetingNumber;
    }

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        // The approval's date is the meeting's date: correct the meeting, not the approval.
        throw c.notCorrectableOn("PlanApproved", "none (correct the meeting it was approved at)");
    }
}
