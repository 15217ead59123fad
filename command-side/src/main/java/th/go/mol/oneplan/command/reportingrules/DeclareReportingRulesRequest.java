package th.go.mol.oneplan.command.reportingrules;

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
        @NotNull YearMonth firstPeriodFrom,
        @NotNull YearMonth firstPeriodTo,
        @NotNull LocalDate firstDueDate,
        @NotNull @Min(1) @Max(31) Integer monthlyDueDay,
        @Size(max = 2000) String reason) {
}
