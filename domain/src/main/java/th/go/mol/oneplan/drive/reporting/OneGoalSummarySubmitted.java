package th.go.mol.oneplan.drive.reporting;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;

import java.time.LocalDate;

/** The One Goal summary was sent to the ministry by the letter named on the business date. */
public record OneGoalSummarySubmitted(String driveId, String eventId, String letterNumber, String results,
                                      int peopleReached, LocalDate businessDate, boolean lateRecord,
                                      Recording recording) implements RecordedAct {

    @Override
    public String documentReference() {
        return "letter " + letterNumber;
    }

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        return switch (c.field()) {
            case "businessDate", "submittedOn" -> new OneGoalSummarySubmitted(driveId, eventId, letterNumber, results,
                    peopleReached, c.dateValue(), lateRecord, recording);
            case "letterNumber" -> new OneGoalSummarySubmitted(driveId, eventId, c.textValue(), results,
                    peopleReached, businessDate, lateRecord, recording);
            case "results" -> new OneGoalSummarySubmitted(driveId, eventId, letterNumber, c.textValue(),
                    peopleReached, businessDate, lateRecord, recording);
            case "peopleReached" -> new OneGoalSummarySubmitted(driveId, eventId, letterNumber, results,
                    c.intValue(), businessDate, lateRecord, recording);
            default -> throw c.notCorrectableOn("OneGoalSummarySubmitted",
                    "submittedOn, letterNumber, results, peopleReached");
        };
    }
}
