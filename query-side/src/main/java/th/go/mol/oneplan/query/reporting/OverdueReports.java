package th.go.mol.oneplan.query.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Every province's reports still missing past their due date, as of a day. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OverdueReports(int fiscalYear, LocalDate asOf, List<Overdue> reports) {

    public record Overdue(String driveId, int provinceCode, String provinceNameTh, String provinceNameEn,
                          YearMonth periodFrom, YearMonth periodTo, LocalDate dueDate, long daysOverdue) {
    }
}
