package th.go.mol.oneplan.command.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.drive.plan.PlanProject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A version of the One Plan: the first draft, or, with a {@code reason}, a revision. */
public record WritePlanRequest(
        @NotBlank @Size(max = 4000) String oneGoal,
        @Schema(description = "The day this version was written: the business date of the draft or revision")
        @NotNull LocalDate writtenOn,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid ProjectBody> projects,
        @Schema(description = "Why the plan is revised; present makes this a revision, absent the first draft")
        @Size(max = 4000) String reason,
        @Schema(description = "A revision may name the inspection it follows, by its event id", example = "92-2562/16")
        @Size(max = 100) String inspectionEventId,
        boolean lateRecord) {

    boolean isRevision() {
        return reason != null && !reason.isBlank();
    }

    List<PlanProject> planProjects() {
        List<PlanProject> result = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            result.add(projects.get(i).toProject(i));
        }
        return result;
    }
}
