package th.go.mol.oneplan.reportingrules;

import java.time.LocalDate;
import java.time.YearMonth;

/** The months one report covers and the day it is due. */
public record ReportingPeriod(YearMonth from, YearMonth to, LocalDate dueDate) {

    /** Whether a report on these months covers this period entirely. */
    public boolean coveredBy(YearMonth reportFrom, YearMonth reportTo) {
        return !reportFrom.isAfter(from) && !reportTo.isBefore(to);
    }
}
