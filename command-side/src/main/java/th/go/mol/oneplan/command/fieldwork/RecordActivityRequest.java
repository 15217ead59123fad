package th.go.mol.oneplan.command.fieldwork;

import th.go.mol.oneplan.command.budget.AllocationRefBody;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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
import java.util.List;

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
                + " project has more than one") @Valid AllocationRefBody fundedBy,
        @ArraySchema(arraySchema = @Schema(description = "The registered workers the activity served (optional), by"
                + " their register ids; at most 500, a worker listed twice counts once. 409 unknown-worker naming"
                + " workerIds[i] for a worker never registered. Counted once per drive in registeredWorkersServed."),
                schema = @Schema(example = "worker-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f"))
        @Size(max = 500) List<String> workerIds) {
}
