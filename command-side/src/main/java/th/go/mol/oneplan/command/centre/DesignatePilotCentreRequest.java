package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.CentreId;

import java.time.LocalDate;

/** The tambon chosen as its district's pilot (ตำบลนำร่อง) and the id of the centre to be established there. */
public record DesignatePilotCentreRequest(
        @Schema(description = "centre-, the subdistrict code and optionally -suffix", example = "centre-840101-2563")
        @NotBlank @Size(max = CentreId.MAX_LENGTH) String centreId,
        @Schema(description = "The tambon's official 6-digit code", example = "840101")
        @NotNull @Min(100000) @Max(999999) Integer subdistrictCode,
        @Schema(description = "The day the tambon was chosen: the business date")
        @NotNull LocalDate designatedOn) {
}
