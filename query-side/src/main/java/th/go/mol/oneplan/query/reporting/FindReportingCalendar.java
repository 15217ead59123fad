package th.go.mol.oneplan.query.reporting;

import java.time.LocalDate;

/** Asks for one drive's due reports and how each stands as of a day. */
public record FindReportingCalendar(String driveId, LocalDate asOf) {
}
