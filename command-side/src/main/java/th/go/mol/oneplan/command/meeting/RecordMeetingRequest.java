package th.go.mol.oneplan.command.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.drive.meeting.MeetingType;

import java.time.LocalDate;
import java.util.List;

public record RecordMeetingRequest(
        @NotBlank @Size(max = 20) String meetingNumber,
        @NotNull MeetingType meetingType,
        @NotNull LocalDate meetingDate,
        @NotBlank @Size(max = 200) String chair,
        @Size(max = 500) List<@NotBlank @Size(max = 300) String> attendees,
        @Size(max = 100) List<@NotBlank @Size(max = 4000) String> resolutions,
        boolean lateRecord) {
}
