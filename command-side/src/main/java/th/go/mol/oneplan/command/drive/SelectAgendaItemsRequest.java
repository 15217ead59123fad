package th.go.mol.oneplan.command.drive;

import th.go.mol.oneplan.command.http.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import th.go.mol.oneplan.drive.meeting.MeetingType;

import java.util.List;

public record SelectAgendaItemsRequest(
        @NotEmpty @Size(max = 13) List<@NotNull @Min(1) @Max(13) Integer> items,
        @Schema(description = ApiFormats.MEETING_NUMBER, pattern = ApiFormats.MEETING_NUMBER_PATTERN, example = "1/2562")
        @NotBlank @Size(max = 20) String meetingNumber,
        @Schema(description = "Needed only when two recorded meetings share the number")
        MeetingType meetingType,
        boolean lateRecord) {
}
