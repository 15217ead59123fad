package th.go.mol.oneplan.drive.reporting;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;

import java.time.LocalDate;
import java.time.YearMonth;

/** A monthly progress report was submitted on the business date. */
public record MonthlyReportSubmitted(String driveId, String eventId, ReportForm form, YearMonth periodFrom,
                                     YearMonth periodTo, String letterNumber, String summary, LocalDate businessDate,
                                     boolean lateRecord, Recording recording) implements RecordedAct {

    @Override
    public String documentReference() {
        String period = periodFrom.equals(periodTo) ? periodFrom.toString() : periodFrom + " to " + periodTo;
        String letter = letterNumber == null || letterNumber.isBlank() ? "" : ", letter " + letterNumber;
        return "form " + form.code() + " for " + period + letter;
    }

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        return switch (c.field()) {
            case "businessDate", "submittedOn" -> new MonthlyReportSubmitted(driveId, eventId, form, periodFrom,
                    periodTo, letterNumber, summary, c.dateValue(), lateRecord, recording);
            case "letterNumber" -> new MonthlyReportSubmitted(driveId, eventId, form, periodFrom, periodTo,
                    c.textValue(), summary, businessDate, lateRecord, recording);
            case "summary" -> new MonthlyReportSubmitted(driveId, eventId, form, periodFrom, periodTo, letterNumber,
                    c.textValue(), businessDate, lateRecord, recording);
            default -> throw c.notCorrectableOn("MonthlyReportSubmitted", "submittedOn, letterNumber, summary");
        };
    }
}
