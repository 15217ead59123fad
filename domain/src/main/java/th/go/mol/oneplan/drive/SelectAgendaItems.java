package th.go.mol.oneplan.drive;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.meeting.MeetingType;

import java.util.List;

/**
 * Selects one or more of the 13 A1 agenda items (นโยบายเร่งด่วน) the province will drive, as decided at a
 * recorded meeting. The business date is that meeting's date. {@code meetingType} is needed only when two bodies
 * held meetings with the same number.
 */
public record SelectAgendaItems(@TargetAggregateIdentifier String driveId, List<Integer> items, String meetingNumber,
                                MeetingType meetingType, boolean lateRecord, Recording recording)
        implements DriveCommand {

    public SelectAgendaItems(String driveId, List<Integer> items, String meetingNumber, boolean lateRecord,
                             Recording recording) {
        this(driveId, items, meetingNumber, null, lateRecord, recording);
    }
}
