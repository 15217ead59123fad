package th.go.mol.oneplan.command.register;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.register.Service;

import java.time.LocalDate;

/** A service a registered worker received, from an agency, possibly as part of a drive's plan project. */
public record RecordServiceDeliveredRequest(
        @NotNull Service service,
        @NotNull Agency agency,
        @Schema(description = "The partner's name, with agency PARTNER only") @Size(max = 200) String partnerAgency,
        @Schema(description = "The day the service was delivered: the business date") @NotNull LocalDate deliveredOn,
        @Schema(description = "Optional: the drive the service belongs to; it must have been started",
                example = "55-2563")
        @Size(max = 20) String driveId,
        @Schema(description = "Optional, only with a drive: the plan project's code", example = "P1")
        @Size(max = 20) String projectCode) {
}
