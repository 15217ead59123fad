package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.FollowUpRules;

import java.time.LocalDate;

/** The centre's evaluation of a fiscal year (ประเมินผล) and the lessons learned (ถอดบทเรียน). */
public record RecordYearlyEvaluationRequest(
        @Schema(description = "The Buddhist Era fiscal year evaluated", example = "2566")
        @NotNull @Min(2540) @Max(2700) Integer fiscalYear,
        @NotBlank @Size(max = FollowUpRules.TEXT_MAX) String summary,
        @NotBlank @Size(max = FollowUpRules.TEXT_MAX) String lessonsLearned,
        @Schema(description = "The day of the evaluation: the business date") @NotNull LocalDate evaluatedOn) {
}
