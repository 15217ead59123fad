package th.go.mol.oneplan.command.correction;

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
import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.drive.correction.CorrectRecord;
import th.go.mol.oneplan.drive.correction.FieldCorrection;

import java.time.LocalDate;

@RestController
@Profile("!query")
@Tag(name = "Corrections", description = "Correct an earlier act; the original stays in the record")
public class CorrectionController {
    private final CommandSender commands;

    public CorrectionController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/drives/{driveId}/corrections")
    @Operation(summary = "Correct fields of an earlier recorded act, saying what was wrong",
            description = "correctsEventId names the act (92-2562/6). Each correction gives a field as the act's API names it"
                    + " and its corrected value as text (dates may be BE). Which fields each act allows: see the"
                    + " FieldCorrectionBody schema; another field is a 400 correctable-field. The original stays in the"
                    + " audit trail; KPI levels are assessed again at once.")
    public ResponseEntity<Recorded> correct(@PathVariable String driveId, @Valid @RequestBody CorrectRecordRequest body) {
        return commands.send(driveId, body, recording -> new CorrectRecord(driveId, body.correctsEventId(),
                body.whatWasWrong(),
                body.corrections().stream().map(c -> new FieldCorrection(c.field(), c.correctedValue())).toList(),
                body.correctedOn() != null ? body.correctedOn()
                        : LocalDate.ofInstant(recording.recordedAt(), BusinessCalendar.THAILAND),
                body.lateRecord(), recording));
    }
}
