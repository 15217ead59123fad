package th.go.mol.oneplan.command.fieldwork;

import th.go.mol.oneplan.command.budget.AllocationRefBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import th.go.mol.oneplan.command.http.Baht;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record LogFieldVisitRequest(
        @NotNull LocalDate visitDate,
        @Schema(description = "The site visited: its 6-digit subdistrict (tambon) code in the drive's province; normally one of the project's pilotSites in the plan version in force (another is recorded and flagged)", example = "920606")
        @NotNull @Min(100000) @Max(999999) Integer siteSubdistrictCode,
        @NotBlank @Size(max = 500) String venue,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> agenciesPresent,
        @Schema(description = "How many people the visit served")
        @NotNull @Min(0) @Max(1_000_000) Integer peopleReached,
        @Size(max = 100) List<@NotBlank @Size(max = 500) String> servicesDelivered,
        @Schema(description = "The project of the approved plan in force, by its code", example = "P1")
        @NotBlank @Size(max = 20) String planProjectCode,
        boolean lateRecord,
        @Schema(description = "baht spent from the project's allocation, at most two decimals (e.g. 20000.00); 0 if absent")
        BigDecimal amountSpent,
        @Schema(description = "which of the project's allocations amountSpent comes from; needed only when the"
                + " project has more than one") @Valid AllocationRefBody fundedBy,
        @Schema(description = "The tambon centre the visit went to (optional): centre-, the centre's 6-digit"
                + " subdistrict code in the drive's province, optionally -suffix. Its tambon may differ from the"
                + " venue's (siteSubdistrictCode). 409 unknown-centre when no such centre was established.",
                example = "centre-920201-2562")
        @Size(max = 100) String centreId,
        @ArraySchema(arraySchema = @Schema(description = "The registered workers the visit served (optional), by"
                + " their register ids; at most 500, a worker listed twice counts once. 409 unknown-worker naming"
                + " workerIds[i] for a worker never registered. Counted once per drive in registeredWorkersServed."),
                schema = @Schema(example = "worker-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f"))
        @Size(max = 500) List<String> workerIds) {

    long amountSpentSatang() {
        return amountSpent == null ? 0L : Baht.toSatang(amountSpent, "amountSpent");
    }
}
