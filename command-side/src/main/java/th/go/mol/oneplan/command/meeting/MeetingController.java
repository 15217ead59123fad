package th.go.mol.oneplan.command.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.command.http.CommandSender;
import th.go.mol.oneplan.command.http.Recorded;
import th.go.mol.oneplan.drive.meeting.RecordMeeting;

@RestController
@Profile("!query")
@Tag(name = "Meetings", description = "Meetings of the working group and of the heads of MOL agencies")
public class MeetingController {
    private final CommandSender commands;

    public MeetingController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/drives/{driveId}/meetings")
    @Operation(operationId = "recordMeeting", summary = "Record a meeting with its number (like 1/2562), chair, attendees and resolutions",
            description = "meetingNumber is the meeting's number in the BE year, 1 to 3 digits, a slash and the year (1/2562,"
                    + " Thai digits accepted; 400 meeting-number-format otherwise). Other acts cite meetings by it.")
    public ResponseEntity<Recorded> record(@PathVariable String driveId, @Valid @RequestBody RecordMeetingRequest body) {
        return commands.send(driveId, body, recording -> new RecordMeeting(driveId, body.meetingNumber(),
                body.meetingType(), body.meetingDate(), body.chair(), body.attendees(), body.resolutions(),
                body.lateRecord(), recording));
    }
}
