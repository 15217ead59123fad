package th.go.mol.oneplan.command.register;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.register.Education;
import th.go.mol.oneplan.register.Need;
import th.go.mol.oneplan.register.OccupationGroup;
import th.go.mol.oneplan.register.Problem;

import java.util.List;

/** What changes in a worker's profile: only the fields sent; a list sent replaces the list (empty clears it). */
public record UpdateWorkerProfileRequest(
        OccupationGroup occupation,
        Education education,
        @Schema(description = "A new phone number (personal data); a phone cannot be removed here",
                example = "089-765-4321")
        @Size(max = 30) String phone,
        @Size(max = 20) List<@NotNull Problem> problems,
        @Size(max = 20) List<@NotNull Need> needs) {

    @Override
    public String toString() {
        return "UpdateWorkerProfileRequest[occupation=" + occupation + ", education=" + education + ", phone "
                + (phone == null ? "not sent" : "withheld") + ", problems=" + problems + ", needs=" + needs + "]";
    }
}
