package th.go.mol.oneplan.reportingrules;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.reporting.ReportForm;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Declares how provinces report in a fiscal year, as a ministry letter says: the forms, the first report's
 * months and due date, and the day of each following month by which the monthly report is due. The first
 * declaration of a year sets its rules; a later one (an amending letter) makes a new version and says why.
 * The business date is the letter's date.
 */
public record DeclareReportingRules(@TargetAggregateIdentifier String fiscalYear, String letterNumber,
                                    LocalDate letterDate, List<ReportForm> forms, YearMonth firstPeriodFrom,
                                    YearMonth firstPeriodTo, LocalDate firstDueDate, Integer monthlyDueDay,
                                    String reason, Recording recording) {
}
