package th.go.mol.oneplan.command.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.drive.reporting.ReportForm;

import java.time.LocalDate;
import java.time.YearMonth;

public record SubmitMonthlyReportRequest(
        @NotNull ReportForm form,
        @NotNull YearMonth periodFrom,
        @NotNull YearMonth periodTo,
        @NotNull LocalDate submittedOn,
        @Size(max = 100) String letterNumber,
        @NotBlank @Size(max = 8000) String summary,
        boolean lateRecord) {
}
