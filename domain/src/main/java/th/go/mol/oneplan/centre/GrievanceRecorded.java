package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * The centre received grievance {@code grievanceId} of worker {@code workerId} ({@code worker-<uuid>}), on a topic;
 * {@code otherTopic} labels an {@code OTHER} topic and is null otherwise. No personal data beyond the worker id.
 */
public record GrievanceRecorded(String centreId, String grievanceId, String workerId, GrievanceTopic topic,
                                String otherTopic, GrievanceChannel channel, LocalDate businessDate,
                                Recording recording) {
}
