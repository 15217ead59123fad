package th.go.mol.oneplan.query.reporting;

import java.time.LocalDate;

/** Asks how each province with a drive in a fiscal year stands on its reporting as of a day. */
public record FindReportingCompliance(int fiscalYear, LocalDate asOf) {
}
