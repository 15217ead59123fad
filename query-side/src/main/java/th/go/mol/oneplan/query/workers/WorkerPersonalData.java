package th.go.mol.oneplan.query.workers;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/**
 * A registered worker's personal data unmasked, for a caller allowed to read it who gave a reason (the read is
 * recorded before this is shown). Once erased, {@code erased} is true and every personal field null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WorkerPersonalData(
        String workerId,
        boolean erased,
        @Schema(description = "As printed on the card", example = "1-1037-02071-81-1") String nationalId,
        String firstName, String lastName, LocalDate dateOfBirth,
        @Schema(description = "Digits, starting with 0", example = "0812345678") String phone,
        String houseNumber, Integer villageNumber, int subdistrictCode) {
}
