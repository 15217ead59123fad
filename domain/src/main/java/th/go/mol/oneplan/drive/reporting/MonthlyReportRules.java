package th.go.mol.oneplan.drive.reporting;

import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.RuleContext;

/**
 * The rules of a monthly report, as submitted or as corrected: months of the drive's fiscal year, sent after
 * the last of them began, with a summary.
 */
public final class MonthlyReportRules {
    /** The limits the HTTP API also states. */
    public static final int LETTER_NUMBER_MAX = 100;
    public static final int SUMMARY_MAX = 8000;

    private MonthlyReportRules() {
    }

    public static void check(MonthlyReportSubmitted report, RuleContext c) {
        Require.present(report.form(), "form");
        Require.present(report.periodFrom(), "periodFrom");
        Require.present(report.periodTo(), "periodTo");
        if (report.periodTo().isBefore(report.periodFrom())) {
            throw new InvalidValue("periodTo", "period-order", "periodTo " + report.periodTo()
                    + " is before periodFrom " + report.periodFrom());
        }
        if (!c.fiscalYear().contains(report.periodFrom()) || !c.fiscalYear().contains(report.periodTo())) {
            throw new InvalidValue("periodFrom", "period-in-fiscal-year", "a report of FY " + c.fiscalYear().beYear()
                    + " covers months from " + c.fiscalYear().firstDay() + " to " + c.fiscalYear().lastDay());
        }
        // The fiscal year bounds the months a report covers, not the day it is sent: September's report is due
        // in early October and is an ordinary report of the year, not a late record.
        c.date(report.businessDate(), true, "submittedOn");
        if (report.businessDate().isBefore(report.periodTo().atDay(1))) {
            throw new RuleViolation("report-before-period", "a report submitted on " + report.businessDate()
                    + " cannot cover " + report.periodTo() + ", which had not begun");
        }
        Require.optionalText(report.letterNumber(), c.field("letterNumber"), LETTER_NUMBER_MAX);
        Require.text(report.summary(), c.field("summary"), SUMMARY_MAX);
    }
}
