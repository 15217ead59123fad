package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.CentreId;

import java.time.LocalDate;

/** A tambon centre to establish (ศูนย์พัฒนาคุณภาพชีวิตแรงงานนอกระบบระดับตำบล). */
public record EstablishTambonCentreRequest(
        @Schema(description = "Optional: centre-, the subdistrict code and optionally -suffix. Without it the ledger"
                + " names the centre centre-<subdistrictCode>-<BE year of establishedOn>", example = "centre-840101-2563")
        @Size(max = CentreId.MAX_LENGTH) String centreId,
        @Schema(description = "The tambon's official 6-digit code", example = "840101")
        @NotNull @Min(100000) @Max(999999) Integer subdistrictCode,
        @NotNull @Valid VenueBody venue,
        @Schema(description = "The day the centre was established: the business date")
        @NotNull LocalDate establishedOn,
        @Schema(description = "Whether the centre is its district's pilot")
        boolean pilot,
        @Schema(description = "The province's pilot programme the centre belongs to", example = "pilot-84-2563")
        @NotBlank @Size(max = 20) String programmeId) {
}
