package th.go.mol.oneplan.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are Thai dates: "today" is today in Bangkok, whatever the server's zone. */
public final class BusinessCalendar {
    public static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    private BusinessCalendar() {
    }

    /**
     * Checks that an act's business date lies in the drive's fiscal year (or is flagged as a late record, and then
     * still within a year of it) and is not later than the day it is recorded.
     */
    public static void checkBusinessDate(LocalDate businessDate, boolean lateRecord, FiscalYear fiscalYear,
                                         Recording recording, String field) {
        notInFuture(businessDate, recording, field);
        if (lateRecord && (businessDate.isBefore(fiscalYear.firstDay().minusYears(1))
                || businessDate.isAfter(fiscalYear.lastDay().plusYears(1)))) {
            throw new InvalidValue(field, "late-record-range", field + " " + businessDate + " is too far from fiscal year "
                    + fiscalYear.beYear() + " even for a late record: it may be at most a year before or after it ("
                    + fiscalYear.firstDay().minusYears(1) + " to " + fiscalYear.lastDay().plusYears(1) + ")");
        }
        if (!lateRecord && !fiscalYear.contains(businessDate)) {
            throw new RuleViolation("date-outside-fiscal-year",
                    field + " " + businessDate + " is outside fiscal year " + fiscalYear.beYear() + " ("
                            + fiscalYear.firstDay() + " to " + fiscalYear.lastDay()
                            + "); mark it as a late record (lateRecord: true) if that is what happened");
        }
    }

    /**
     * Checks that a business date is given and is not later than the day it is recorded (in Thailand): an act
     * cannot be recorded before it happened. For records that do not belong to one fiscal year, like a centre.
     */
    public static LocalDate notInFuture(LocalDate businessDate, Recording recording, String field) {
        Require.present(businessDate, field);
        LocalDate recordedOn = recording.recordedAt().atZone(THAILAND).toLocalDate();
        if (businessDate.isAfter(recordedOn)) {
            throw new InvalidValue(field, "not-in-future",
                    field + " " + businessDate + " is later than the day it is recorded (" + recordedOn + ")");
        }
        return businessDate;
    }
}
