package th.go.mol.oneplan.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are Thai dates: "today" is today in Bangkok, whatever the server's zone. */
public final class BusinessCalendar {
    public static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    private BusinessCalendar() {
    }

    /**
     * Checks that an act's business date lies in the drive's fiscal year (or is flagged as a late record)
     * and is not later than the day it is recorded.
     */
    public static void checkBusinessDate(LocalDate businessDate, boolean lateRecord, FiscalYear fiscalYear,
                                         Recording recording, String field) {
        Require.present(businessDate, field);
        LocalDate recordedOn = recording.recordedAt().atZone(THAILAND).toLocalDate();
        if (businessDate.isAfter(recordedOn)) {
            throw new InvalidValue(field, "not-in-future",
                    field + " " + businessDate + " is later than the day it is recorded (" + recordedOn + ")");
        }
        if (!lateRecord && !fiscalYear.contains(businessDate)) {
            throw new RuleViolation("date-outside-fiscal-year",
                    field + " " + businessDate + " is outside fiscal year " + fiscalYear.beYear() + " ("
                            + fiscalYear.firstDay() + " to " + fiscalYear.lastDay()
                            + "); mark it as a late record (lateRecord: true) if that is what happened");
        }
    }
}
