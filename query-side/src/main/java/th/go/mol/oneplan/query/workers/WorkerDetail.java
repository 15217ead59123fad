package th.go.mol.oneplan.query.workers;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;

/**
 * A registered worker with the personal data masked: the national id shows only its check digit, the names their
 * first letter, the phone its last four digits; the date of birth (the age band stands for it) and the house and
 * village numbers are left out. Once erased, {@code erased} is true and every personal field null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WorkerDetail(
        String workerId, String centreId, int subdistrictCode, int districtCode, int provinceCode, String title,
        String sex, String ageBand, String occupation, String education, List<String> problems, List<String> needs,
        String lawfulBasis, LocalDate registeredOn, int services,
        @Schema(description = "True once the worker's personal data was erased: every personal field is null")
        boolean erased,
        LocalDate erasedOn,
        @Schema(description = "Masked: only the check digit", example = "x-xxxx-xxxxx-xx-3") String nationalId,
        @Schema(description = "Masked: the first letter", example = "ส***") String firstName,
        @Schema(description = "Masked: the first letter", example = "ใ***") String lastName,
        @Schema(description = "Masked: the last four digits; null when the worker has none",
                example = "08x-xxx-5678") String phone,
        String eventId, String recordedBy, Instant recordedAt) {
}
