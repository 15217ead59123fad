package th.go.mol.oneplan.command.drive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record StartDriveRequest(
        @NotNull @Min(10) @Max(99) Integer provinceCode,
        @NotNull @Min(2540) @Max(2700) Integer fiscalYear,
        @NotNull @Valid OfficerBody leadOfficer,
        @NotNull LocalDate leadAssignedOn,
        boolean lateRecord) {
}
