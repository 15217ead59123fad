package th.go.mol.oneplan.drive.fieldwork;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.plan.Agency;

import java.time.LocalDate;

/** An activity under a plan project took place on the business date at the subdistrict named. */
public record ActivityRecorded(String driveId, String eventId, int siteSubdistrictCode, String siteNameTh,
                               int participants, long amountSpentSatang, Agency agency, String planProjectCode,
                               String description, LocalDate businessDate, boolean lateRecord,
                               Recording recording) implements PlanWork {

    @Override
    public int peopleServed() {
        return participants;
    }

    @Override
    public String documentReference() {
        return "activity at " + siteNameTh + " (" + siteSubdistrictCode + ") for project " + planProjectCode;
    }

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        return switch (c.field()) {
            case "businessDate", "activityDate" -> new ActivityRecorded(driveId, eventId, siteSubdistrictCode,
                    siteNameTh, participants, amountSpentSatang, agency, planProjectCode, description, c.dateValue(),
                    lateRecord, recording);
            case "participants" -> new ActivityRecorded(driveId, eventId, siteSubdistrictCode, siteNameTh,
                    c.intValue(), amountSpentSatang, agency, planProjectCode, description, businessDate, lateRecord,
                    recording);
            case "description" -> new ActivityRecorded(driveId, eventId, siteSubdistrictCode, siteNameTh,
                    participants, amountSpentSatang, agency, planProjectCode, c.textValue(), businessDate, lateRecord,
                    recording);
            default -> throw c.notCorrectableOn("ActivityRecorded", "activityDate, participants, description");
        };
    }
}
