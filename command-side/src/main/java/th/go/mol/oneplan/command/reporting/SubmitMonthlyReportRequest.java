package th.go.mol.oneplan.command.reporting;

import th.go.mol.oneplan.command.http.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.drive.reporting.ReportForm;

import java.time.LocalDate;
import java.time.YearMonth;

public record SubmitMonthlyReportRequest(
        @NotNull ReportForm form,
        @Schema(description = ApiFormats.MONTH, pattern = ApiFormats.MONTH_PATTERN, type = "string", example = "2018-10")
        @NotNull YearMonth periodFrom,
        @Schema(description = ApiFormats.MONTH, pattern = ApiFormats.MONTH_PATTERN, type = "string", example = "2018-11")
        @NotNull YearMonth periodTo,
        @NotNull LocalDate submittedOn,
        @Size(max = 100) String letterNumber,
        @NotBlank @Size(max = 8000) String summary,
        boolean lateRecord) {
}
