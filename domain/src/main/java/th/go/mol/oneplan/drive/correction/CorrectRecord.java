package th.go.mol.oneplan.drive.correction;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;

import java.time.LocalDate;
import java.util.List;

/**
 * Corrects an earlier recorded act: names it, says what was wrong, and gives the corrected values. The
 * original event is never changed; the correction is a new event and both stay in the audit trail.
 * The business date is the day the mistake was found.
 */
public record CorrectRecord(@TargetAggregateIdentifier String driveId, String correctsEventId, String whatWasWrong,
                            List<FieldCorrection> corrections, LocalDate businessDate, boolean lateRecord,
                            Recording recording) implements DriveCommand {
}
