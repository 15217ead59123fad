package th.go.mol.oneplan.reportingrules;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.reporting.ReportForm;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Version {@code version} of a fiscal year's reporting rules was declared by the ministry letter named; the
 * business date is the letter's date. Earlier versions stay in the record; the latest is in force.
 */
public record ReportingRulesDeclared(String fiscalYear, String eventId, int version, String letterNumber,
                                     LocalDate letterDate, List<ReportForm> forms, YearMonth firstPeriodFrom,
                                     YearMonth firstPeriodTo, LocalDate firstDueDate, int monthlyDueDay,
                                     String reason, LocalDate businessDate, Recording recording) {
    public ReportingRulesDeclared {
        forms = List.copyOf(forms);
    }

    /** The rules this version declares. */
    public ReportingRules rules() {
        return new ReportingRules(Integer.parseInt(fiscalYear), letterNumber, letterDate, forms, firstPeriodFrom,
                firstPeriodTo, firstDueDate, monthlyDueDay);
    }
}
