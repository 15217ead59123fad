package th.go.mol.oneplan.command.register;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.register.ErasureGround;
import th.go.mol.oneplan.register.WorkerRules;

import java.time.LocalDate;

/** A worker's request to erase their personal data (PDPA section 33), with its legal ground. */
public record ErasePersonalDataRequest(
        @NotNull ErasureGround ground,
        @Schema(description = "The day the worker asked: the business date") @NotNull LocalDate requestedOn,
        @Schema(description = "The request's own reference (a letter or form number), not personal data",
                example = "คำร้อง 12/2568")
        @Size(max = WorkerRules.REFERENCE_MAX) String reference) {
}
