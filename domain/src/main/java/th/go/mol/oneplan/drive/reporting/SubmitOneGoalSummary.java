package th.go.mol.oneplan.drive.reporting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;

import java.time.LocalDate;

/**
 * Sends the year's summary of results against the One Goal (สรุปผลการดำเนินงานตาม One Goal) to the ministry,
 * by official letter; due by 30 September. It is KPI level 5 and needs level 4.
 */
public record SubmitOneGoalSummary(@TargetAggregateIdentifier String driveId, LocalDate businessDate,
                                   String letterNumber, String results, int peopleReached, boolean lateRecord,
                                   Recording recording) implements DriveCommand {
}
