package th.go.mol.oneplan.command.register;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.CentreId;

import java.time.LocalDate;

/** A worker's move to a new address, in the register of the centre named (the same or another). */
public record MoveWorkerRequest(
        @NotNull @Valid AddressBody address,
        @Schema(description = "The centre whose register holds the worker from now on, of the new address's"
                + " province", example = "centre-550101-2563")
        @NotBlank @Size(max = CentreId.MAX_LENGTH) String centreId,
        @Schema(description = "The day of the move: the business date") @NotNull LocalDate movedOn) {
}
