package th.go.mol.oneplan.drive.correction;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveEvent;

import java.time.LocalDate;
import java.util.List;

/** An earlier act was corrected; from now on the drive reads it with these values. */
public record RecordCorrected(String driveId, String eventId, String correctsEventId, String correctedEventType,
                              String whatWasWrong, List<FieldCorrection> corrections, LocalDate businessDate,
                              boolean lateRecord, Recording recording) implements DriveEvent {
    public RecordCorrected {
        corrections = List.copyOf(corrections);
    }
}
