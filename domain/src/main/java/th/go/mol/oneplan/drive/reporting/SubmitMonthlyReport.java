package th.go.mol.oneplan.drive.reporting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Submits a progress report on a ministry form for the months {@code periodFrom} to {@code periodTo}; the
 * business date is the day it was submitted.
 */
public record SubmitMonthlyReport(@TargetAggregateIdentifier String driveId, ReportForm form, YearMonth periodFrom,
                                  YearMonth periodTo, LocalDate businessDate, String letterNumber, String summary,
                                  boolean lateRecord, Recording recording) implements DriveCommand {
}
