package th.go.mol.oneplan.command.centre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.TambonCentreRules;

import java.time.LocalDate;

/** A mentor of the province's core team (คณะทำงานหลัก) who follows the centre. */
public record AssignCoreTeamMentorRequest(
        @NotBlank @Size(max = TambonCentreRules.NAME_MAX) String mentorName,
        @NotBlank @Size(max = TambonCentreRules.NAME_MAX) String agency,
        @NotNull LocalDate assignedOn) {
}
