package th.go.mol.oneplan.command.correction;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** {@code correctedOn}, the day the mistake was found, defaults to today in Thailand. */
public record CorrectRecordRequest(
        @Schema(description = "The id of the act to correct, <driveId>/<n>", example = "92-2562/6")
        @NotBlank @Size(max = 100) String correctsEventId,
        @NotBlank @Size(max = 4000) String whatWasWrong,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid FieldCorrectionBody> corrections,
        @Schema(description = "The day the mistake was found; today in Thailand if absent")
        LocalDate correctedOn,
        boolean lateRecord) {
}
