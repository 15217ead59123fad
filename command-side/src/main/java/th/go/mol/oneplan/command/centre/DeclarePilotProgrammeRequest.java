package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.PilotProgrammeRules;

import java.time.LocalDate;

/** A province's pilot programme of tambon centres for a fiscal year (โครงการนำร่องจัดตั้งศูนย์ฯ ระดับตำบล). */
public record DeclarePilotProgrammeRequest(
        @Schema(description = "The province's 2-digit code (84 is Surat Thani)", example = "84")
        @NotNull @Min(10) @Max(99) Integer provinceCode,
        @Schema(description = "The Buddhist Era fiscal year", example = "2563")
        @NotNull @Min(2540) @Max(2700) Integer fiscalYear,
        @NotBlank @Size(max = PilotProgrammeRules.NAME_MAX) String name,
        @Schema(description = "The day the programme was declared: the business date")
        @NotNull LocalDate declaredOn) {
}
