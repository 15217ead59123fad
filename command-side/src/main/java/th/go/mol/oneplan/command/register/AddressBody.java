package th.go.mol.oneplan.command.register;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.register.Address;
import th.go.mol.oneplan.register.WorkerRules;

/** A worker's address (ที่อยู่): house number and village number are personal data, the subdistrict is not. */
public record AddressBody(
        @Schema(description = "House number (บ้านเลขที่), personal data", example = "12/3")
        @NotBlank @Size(max = WorkerRules.HOUSE_NUMBER_MAX) String houseNumber,
        @Schema(description = "Village number (หมู่ที่), 1 to 99; none in a municipal area, personal data",
                example = "4")
        @Min(1) @Max(WorkerRules.VILLAGE_NUMBER_MAX) Integer villageNumber,
        @Schema(description = "The tambon's official 6-digit code", example = "550101")
        @NotNull @Min(100000) @Max(999999) Integer subdistrictCode) {

    Address toAddress() {
        return new Address(houseNumber, villageNumber, subdistrictCode);
    }

    @Override
    public String toString() {
        return "AddressBody[houseNumber and villageNumber withheld, subdistrictCode=" + subdistrictCode + "]";
    }
}
