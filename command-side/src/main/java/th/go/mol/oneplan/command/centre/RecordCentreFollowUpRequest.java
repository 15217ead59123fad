package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.FollowUpRules;
import th.go.mol.oneplan.centre.PdcaStage;

import java.time.LocalDate;

/** A follow-up of the centre's progress (การติดตามความก้าวหน้า) at a stage of the PDCA cycle. */
public record RecordCentreFollowUpRequest(
        @NotNull PdcaStage stage,
        @Schema(description = "The day of the follow-up: the business date") @NotNull LocalDate followedUpOn,
        @NotBlank @Size(max = FollowUpRules.TEXT_MAX) String findings,
        @Size(max = FollowUpRules.TEXT_MAX) String nextSteps) {
}
