package th.go.mol.oneplan.command.fieldwork;

import th.go.mol.oneplan.command.budget.AllocationRefBody;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.drive.plan.Agency;

import java.math.BigDecimal;
import java.time.LocalDate;

public record RecordActivityRequest(
        @NotNull LocalDate activityDate,
        @Schema(description = "The pilot site: its 6-digit subdistrict (tambon) code, one of the project's pilotSites in the plan version in force", example = "920606")
        @NotNull @Min(100000) @Max(999999) Integer siteSubdistrictCode,
        @NotNull @Min(0) @Max(1_000_000) Integer participants,
        @Schema(description = "baht spent from the project's allocation, at most two decimals, e.g. 20000.00")
        @NotNull BigDecimal amountSpent,
        @Schema(description = "The agency that ran the activity")
        @NotNull Agency agency,
        @Schema(description = "The project of the approved plan in force, by its code", example = "P1")
        @NotBlank @Size(max = 20) String planProjectCode,
        @NotBlank @Size(max = 1000) String description,
        boolean lateRecord,
        @Schema(description = "which of the project's allocations amountSpent comes from; needed only when the"
                + " project has more than one") @Valid AllocationRefBody fundedBy) {
}
