package th.go.mol.oneplan.query.reporting;

import java.time.LocalDate;

/** Asks for every province's reports of a fiscal year still missing past their due date as of a day. */
public record FindOverdueReports(int fiscalYear, LocalDate asOf) {
}
