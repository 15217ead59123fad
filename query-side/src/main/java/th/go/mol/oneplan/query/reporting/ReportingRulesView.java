package th.go.mol.oneplan.query.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import th.go.mol.oneplan.drive.reporting.ReportForm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A fiscal year's reporting rules: the version in force with the periods it makes due, and the earlier versions. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportingRulesView(int fiscalYear, Version inForce, List<Version> earlierVersions) {

    /** One declaration, as the letter set it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Version(int version, String eventId, String letterNumber, LocalDate letterDate,
                          List<ReportForm> forms, YearMonth firstPeriodFrom, YearMonth firstPeriodTo,
                          LocalDate firstDueDate, int monthlyDueDay, String reason, Instant recordedAt,
                          String recordedBy, List<Period> periods) {
    }

    /** A report every province owes: the months it covers and the day it is due. */
    public record Period(YearMonth periodFrom, YearMonth periodTo, LocalDate dueDate) {
    }
}
