package th.go.mol.oneplan.reportingrules;

import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.drive.reporting.ReportForm;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How provinces report progress in a fiscal year, as the ministry's letter declares it: in FY 2562 letter
 * รง 0209.2/ว2675 of 22 November 2018 asked for forms 62-1 and 62-3, a first report covering October and
 * November due on 3 December, then one report a month due by the 5th of the following month.
 */
public record ReportingRules(int fiscalYear, String letterNumber, LocalDate letterDate, List<ReportForm> forms,
                             YearMonth firstPeriodFrom, YearMonth firstPeriodTo, LocalDate firstDueDate,
                             int monthlyDueDay) {
    public ReportingRules {
        FiscalYear year = new FiscalYear(fiscalYear);
        forms = List.copyOf(forms);
        if (firstPeriodTo.isBefore(firstPeriodFrom)) {
            throw new InvalidValue("firstPeriodTo", "period-order", "the first period ends before it begins");
        }
        if (!year.contains(firstPeriodFrom) || !year.contains(firstPeriodTo)) {
            throw new InvalidValue("firstPeriodFrom", "period-in-fiscal-year",
                    "the first period lies in FY " + fiscalYear + " (" + year.firstDay() + " to " + year.lastDay() + ")");
        }
        if (firstDueDate.isBefore(firstPeriodTo.plusMonths(1).atDay(1))) {
            throw new InvalidValue("firstDueDate", "due-after-period",
                    "the first report can only be due after the months it covers, from " + firstPeriodTo.plusMonths(1).atDay(1));
        }
        if (monthlyDueDay < 1 || monthlyDueDay > 31) {
            throw new InvalidValue("monthlyDueDay", "day-of-month", "monthlyDueDay is a day of the month, 1 to 31");
        }
    }

    /**
     * Every period a province reports on, in order: the first one as declared, then each following month up to
     * September, due on {@code monthlyDueDay} of the next month (or that month's last day when it is shorter).
     */
    public List<ReportingPeriod> periods() {
        List<ReportingPeriod> periods = new ArrayList<>();
        periods.add(new ReportingPeriod(firstPeriodFrom, firstPeriodTo, firstDueDate));
        YearMonth lastMonth = YearMonth.from(new FiscalYear(fiscalYear).lastDay());
        for (YearMonth month = firstPeriodTo.plusMonths(1); !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            YearMonth dueMonth = month.plusMonths(1);
            periods.add(new ReportingPeriod(month, month,
                    dueMonth.atDay(Math.min(monthlyDueDay, dueMonth.lengthOfMonth()))));
        }
        return periods;
    }
}
