package th.go.mol.oneplan.command.register;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.register.LawfulBasis;
import th.go.mol.oneplan.register.WorkerRules;

import java.time.LocalDate;

/** The PDPA lawful basis of the registration: the worker's consent (with its day and purpose) or a public task. */
public record LawfulBasisBody(
        @Schema(description = "CONSENT (section 19) or PUBLIC_TASK (section 24(4))") @NotNull LawfulBasis.Kind basis,
        @Schema(description = "With CONSENT only: the day the worker consented, at the latest the registration day")
        LocalDate consentedOn,
        @Schema(description = "With CONSENT only: the purpose told to the worker, a generic statement",
                example = "ทะเบียนแรงงานนอกระบบเพื่อการส่งเสริมและคุ้มครอง")
        @Size(max = WorkerRules.PURPOSE_MAX) String purpose) {

    LawfulBasis toLawfulBasis() {
        return new LawfulBasis(basis, consentedOn, purpose);
    }
}
