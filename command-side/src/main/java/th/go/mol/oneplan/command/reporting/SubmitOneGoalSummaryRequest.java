package th.go.mol.oneplan.command.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record SubmitOneGoalSummaryRequest(
        @NotNull LocalDate submittedOn,
        @NotBlank @Size(max = 100) String letterNumber,
        @NotBlank @Size(max = 8000) String results,
        @NotNull @Min(0) @Max(100_000_000) Integer peopleReached,
        boolean lateRecord) {
}
