package th.go.mol.oneplan.command.drive;

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
        @NotBlank @Size(max = 20) String meetingNumber,
        MeetingType meetingType,
        boolean lateRecord) {
}
