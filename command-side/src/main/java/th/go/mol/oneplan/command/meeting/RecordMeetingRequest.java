package th.go.mol.oneplan.command.meeting;

import th.go.mol.oneplan.command.http.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.drive.meeting.MeetingType;

import java.time.LocalDate;
import java.util.List;

public record RecordMeetingRequest(
        @Schema(description = ApiFormats.MEETING_NUMBER, pattern = ApiFormats.MEETING_NUMBER_PATTERN, example = "1/2562")
        @NotBlank @Size(max = 20) String meetingNumber,
        @NotNull MeetingType meetingType,
        @NotNull LocalDate meetingDate,
        @NotBlank @Size(max = 200) String chair,
        @Size(max = 500) List<@NotBlank @Size(max = 300) String> attendees,
        @Size(max = 100) List<@NotBlank @Size(max = 4000) String> resolutions,
        boolean lateRecord) {
}
