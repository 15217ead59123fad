package th.go.mol.oneplan.drive.kpi;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;

import java.time.LocalDate;

/**
 * Applies the KPI rules in force to a drive's acts again and records every level whose outcome differs from the
 * one recorded (ประเมินระดับความสำเร็จใหม่). Needed only after the rules themselves change: the ministry decides
 * it, with the reason (e.g. "level 4 evidence now names every report"). The business date is the day of the
 * decision.
 */
public record ReassessKpi(@TargetAggregateIdentifier String driveId, String reason, LocalDate businessDate,
                          Recording recording) implements DriveCommand {
}
