package th.go.mol.oneplan.drive.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;

import java.time.LocalDate;
import java.util.List;

/** Records a meeting (numbered like {@code 1/2562}) with its chair, attendees and resolutions. */
public record RecordMeeting(@TargetAggregateIdentifier String driveId, String meetingNumber, MeetingType meetingType,
                            LocalDate businessDate, String chair, List<String> attendees, List<String> resolutions,
                            boolean lateRecord, Recording recording) implements DriveCommand {
}
