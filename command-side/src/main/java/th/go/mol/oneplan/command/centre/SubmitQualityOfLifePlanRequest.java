package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.QualityOfLifePlanRules;

import java.time.LocalDate;
import java.util.List;

/** The centre's quality-of-life plan for a fiscal year (แผนพัฒนาคุณภาพชีวิตแรงงานนอกระบบ), item by item. */
public record SubmitQualityOfLifePlanRequest(
        @Schema(description = "The Buddhist Era fiscal year the plan is for", example = "2566")
        @NotNull @Min(2540) @Max(2700) Integer fiscalYear,
        @NotEmpty @Size(max = QualityOfLifePlanRules.ITEMS_MAX) List<@NotNull @Valid PlanItemBody> items,
        @Schema(description = "The day the plan was submitted: the business date") @NotNull LocalDate submittedOn) {
}
