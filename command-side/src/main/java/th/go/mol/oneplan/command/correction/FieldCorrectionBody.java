package th.go.mol.oneplan.command.correction;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record FieldCorrectionBody(
        @Schema(description = "The field to correct, as the act's API names it. Correctable fields by act:"
                + " drive started: businessDate, leadOfficer.name, leadOfficer.position;"
                + " agenda items selected: businessDate;"
                + " working group appointed: orderDate, orderNumber, signedBy;"
                + " working group amended: orderDate, orderNumber;"
                + " meeting: meetingDate, chair;"
                + " plan drafted: draftedOn, oneGoal; plan revised: revisedOn, reason, oneGoal;"
                + " plan approved: none (correct the meeting it was approved at);"
                + " field visit: visitDate, venue, peopleReached, amountSpent;"
                + " activity: activityDate, participants, description, amountSpent;"
                + " budget reallocated: reason (reallocate back to undo an amount);"
                + " inspection: inspectionDate, inspector, findings;"
                + " monthly report: submittedOn, letterNumber, summary;"
                + " One Goal summary: submittedOn, letterNumber, results, peopleReached."
                + " Another field is refused with 400 correctable-field; a visit's or an activity's workerIds and a"
                + " visit's centreId with 400 not-correctable (a worker once named stays counted as served).", example = "meetingDate")
        @NotBlank @Size(max = 100) String field,
        @Schema(description = "The corrected value as text: a date (BE accepted), a number, or text; empty when the"
                + " original should have had none", example = "15 มกราคม 2562")
        @NotNull @Size(max = 4000) String correctedValue) {
}
