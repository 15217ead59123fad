package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.GrievanceChannel;
import th.go.mol.oneplan.centre.GrievanceRules;
import th.go.mol.oneplan.centre.GrievanceTopic;

import java.time.LocalDate;

/**
 * A grievance a registered worker brought to the centre (เรื่องร้องทุกข์): the worker's register id, a topic and
 * the channel, and no free-text account, so no personal data reaches the centre's events.
 */
public record RecordGrievanceRequest(
        @Schema(description = "The worker's register id: worker- and a UUID",
                example = "worker-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f")
        @NotBlank @Size(max = 50) String workerId,
        @NotNull GrievanceTopic topic,
        @Schema(description = "A short label for an OTHER topic, and only then")
        @Size(max = GrievanceRules.TOPIC_MAX) String otherTopic,
        @NotNull GrievanceChannel channel,
        @Schema(description = "The day the centre received it: the business date") @NotNull LocalDate receivedOn) {
}
