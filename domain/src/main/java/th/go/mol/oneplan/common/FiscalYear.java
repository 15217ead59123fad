package th.go.mol.oneplan.common;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Thai government fiscal year (ปีงบประมาณ), named by the Buddhist Era year in which it ends.
 * FY 2562 runs from 2018-10-01 to 2019-09-30 (BE = CE + 543).
 */
public record FiscalYear(int beYear) {
    public static final int BE_OFFSET = 543;
    public static final int EARLIEST = 2540;
    public static final int LATEST = 2700;

    public FiscalYear {
        if (beYear < EARLIEST || beYear > LATEST) {
            throw new InvalidValue("fiscalYear", "fiscal-year-range",
                    "fiscalYear is a Buddhist Era year between " + EARLIEST + " and " + LATEST + ", got " + beYear);
        }
    }

    public static FiscalYear containing(LocalDate date) {
        int endingCeYear = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
        return new FiscalYear(endingCeYear + BE_OFFSET);
    }

    public LocalDate firstDay() {
        return LocalDate.of(beYear - BE_OFFSET - 1, 10, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(beYear - BE_OFFSET, 9, 30);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public boolean contains(YearMonth month) {
        return contains(month.atDay(1));
    }
}
