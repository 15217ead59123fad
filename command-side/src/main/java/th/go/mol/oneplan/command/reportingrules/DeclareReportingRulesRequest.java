package th.go.mol.oneplan.command.reportingrules;

import th.go.mol.oneplan.command.http.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.drive.reporting.ReportForm;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

public record DeclareReportingRulesRequest(
        @NotBlank @Size(max = 100) String letterNumber,
        @NotNull LocalDate letterDate,
        @NotEmpty @Size(max = 10) List<@NotNull ReportForm> forms,
        @Schema(description = ApiFormats.MONTH, pattern = ApiFormats.MONTH_PATTERN, type = "string", example = "2018-10")
        @NotNull YearMonth firstPeriodFrom,
        @Schema(description = ApiFormats.MONTH, pattern = ApiFormats.MONTH_PATTERN, type = "string", example = "2018-11")
        @NotNull YearMonth firstPeriodTo,
        @NotNull LocalDate firstDueDate,
        @NotNull @Min(1) @Max(31) Integer monthlyDueDay,
        @Size(max = 2000) String reason) {
}
