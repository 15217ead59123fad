package th.go.mol.oneplan.command.register;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.register.Education;
import th.go.mol.oneplan.register.Need;
import th.go.mol.oneplan.register.OccupationGroup;
import th.go.mol.oneplan.register.Problem;
import th.go.mol.oneplan.register.Title;
import th.go.mol.oneplan.register.WorkerRules;

import java.time.LocalDate;
import java.util.List;

/**
 * An informal worker (แรงงานนอกระบบ) to register in the centre's register, with the survey form's fields. The
 * national id, names, date of birth, phone and house and village numbers are personal data: {@link #toString()}
 * prints none of them.
 */
public record RegisterWorkerRequest(
        @Schema(description = "Optional: worker- and a UUID the sender chose, so that a resent request names the"
                + " same worker. Without it the ledger picks one (send an Idempotency-Key to resend safely)",
                example = "worker-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f")
        @Size(max = 50) String workerId,
        @Schema(description = "The Thai national id, 13 digits with a valid check digit; dashes and spaces allowed",
                example = "1-1037-02071-81-1")
        @NotBlank @Size(max = 30) String nationalId,
        @NotNull Title title,
        @Schema(description = "First name in Thai script", example = "สมศรี")
        @NotBlank @Size(max = WorkerRules.NAME_MAX) String firstName,
        @Schema(description = "Last name in Thai script", example = "ใจงาม")
        @NotBlank @Size(max = WorkerRules.NAME_MAX) String lastName,
        @Schema(description = "Date of birth (CE); 15 to 100 years old on registeredOn") @NotNull LocalDate dateOfBirth,
        @NotNull @Valid AddressBody address,
        @NotNull OccupationGroup occupation,
        @NotNull Education education,
        @Schema(description = "Optional: a Thai mobile or landline number", example = "081-234-5678")
        @Size(max = 30) String phone,
        @Schema(description = "Optional: the worker's problems") @Size(max = 20) List<@NotNull Problem> problems,
        @Schema(description = "Optional: the help the worker needs from the government")
        @Size(max = 20) List<@NotNull Need> needs,
        @NotNull @Valid LawfulBasisBody lawfulBasis,
        @Schema(description = "The day the worker was registered: the business date") @NotNull LocalDate registeredOn) {

    @Override
    public String toString() {
        return "RegisterWorkerRequest[workerId=" + workerId + ", personal data withheld, title=" + title
                + ", address=" + address + ", occupation=" + occupation + ", registeredOn=" + registeredOn + "]";
    }
}
