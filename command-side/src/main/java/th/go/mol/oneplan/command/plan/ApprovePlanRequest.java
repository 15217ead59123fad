package th.go.mol.oneplan.command.plan;

import th.go.mol.oneplan.command.http.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ApprovePlanRequest(
        @Schema(description = ApiFormats.MEETING_NUMBER, pattern = ApiFormats.MEETING_NUMBER_PATTERN, example = "1/2562")
        @NotBlank @Size(max = 20) String meetingNumber,
        boolean lateRecord) {
}
