package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.GrievanceRules;

import java.time.LocalDate;

/** How the centre resolved a grievance: what it did or where it referred it, in words about the action. */
public record ResolveGrievanceRequest(
        @NotBlank @Size(max = GrievanceRules.RESOLUTION_MAX) String resolution,
        @Schema(description = "The day it was resolved: the business date") @NotNull LocalDate resolvedOn) {
}
