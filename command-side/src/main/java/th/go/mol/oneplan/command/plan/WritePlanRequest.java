package th.go.mol.oneplan.command.plan;

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
        @NotNull LocalDate writtenOn,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid ProjectBody> projects,
        @Size(max = 4000) String reason,
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
