package th.go.mol.oneplan.command.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ApprovePlanRequest(@NotBlank @Size(max = 20) String meetingNumber, boolean lateRecord) {
}
