package th.go.mol.oneplan.query.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Asks for one drive's due reports and how each stands as of a day, in the record as it stood at
 * {@code recordedAsOf} (null: as it reads now; docs/time-travel.md).
 */
public record FindReportingCalendar(String driveId, LocalDate asOf, Instant recordedAsOf) {
    /** As the record reads now. */
    public FindReportingCalendar(String driveId, LocalDate asOf) {
        this(driveId, asOf, null);
    }
}
