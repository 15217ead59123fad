package th.go.mol.oneplan.command.drive;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record StartDriveRequest(
        @Schema(description = "The province's 2-digit code (92 is Trang)", example = "92")
        @NotNull @Min(10) @Max(99) Integer provinceCode,
        @Schema(description = "The Buddhist Era fiscal year: 2562 runs from 2018-10-01 to 2019-09-30", example = "2562")
        @NotNull @Min(2540) @Max(2700) Integer fiscalYear,
        @NotNull @Valid OfficerBody leadOfficer,
        @Schema(description = "The day the lead officer was assigned: the business date of the start")
        @NotNull LocalDate leadAssignedOn,
        boolean lateRecord) {
}
