package th.go.mol.oneplan.query.centrework;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up of the centre at a PDCA stage (PLAN, DO, CHECK, ACT); nextSteps null when none were set. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FollowUpView(String stage, LocalDate followedUpOn, String findings, String nextSteps, String eventId,
                           String recordedBy, Instant recordedAt) {
}
