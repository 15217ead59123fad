package th.go.mol.oneplan.drive;

import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.InvalidValue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a record counts as retroactive (บันทึกย้อนหลัง): made more than a set number of days after the business
 * date it describes, so that what the ledger said about that day changed long after the day. Unlike
 * {@link DriveEvent#lateRecord()} (dated outside the fiscal year, decided when recording and kept in the event),
 * this is read from the business date and the recording time alone, so a different limit never touches an event.
 *
 * <p>The days are counted in Thailand: an act of 1 March recorded on 31 March (Bangkok time) is 30 days after.
 *
 * @param afterDays a record made more than this many days after its business date is retroactive
 */
public record RetroactiveRecord(int afterDays) {
    public RetroactiveRecord {
        if (afterDays < 0) {
            throw new InvalidValue("retroactiveAfterDays", "range",
                    "the days after which a record is retroactive must be 0 or more, got " + afterDays);
        }
    }

    /** Whether a record of that business date, recorded at that instant, is retroactive. */
    public boolean retroactive(LocalDate businessDate, Instant recordedAt) {
        LocalDate recordedOn = recordedAt.atZone(BusinessCalendar.THAILAND).toLocalDate();
        return recordedOn.isAfter(businessDate.plusDays(afterDays));
    }
}
