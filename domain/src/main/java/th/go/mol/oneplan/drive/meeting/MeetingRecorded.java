package th.go.mol.oneplan.drive.meeting;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;

import java.time.LocalDate;
import java.util.List;

/** A meeting took place on the business date. */
public record MeetingRecorded(String driveId, String eventId, String meetingNumber, MeetingType meetingType,
                              String chair, List<String> attendees, List<String> resolutions, LocalDate businessDate,
                              boolean lateRecord, Recording recording) implements RecordedAct {
    public MeetingRecorded {
        attendees = List.copyOf(attendees);
        resolutions = List.copyOf(resolutions);
    }

    @Override
    public String documentReference() {
        return "meeting " + meetingNumber;
    }

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        return switch (c.field()) {
            case "businessDate", "meetingDate" -> new MeetingRecorded(driveId, eventId, meetingNumber, meetingType,
                    chair, attendees, resolutions, c.dateValue(), lateRecord, recording);
            case "chair" -> new MeetingRecorded(driveId, eventId, meetingNumber, meetingType, c.textValue(),
                    attendees, resolutions, businessDate, lateRecord, recording);
            default -> throw c.notCorrectableOn("MeetingRecorded", "meetingDate, chair");
        };
    }
}
