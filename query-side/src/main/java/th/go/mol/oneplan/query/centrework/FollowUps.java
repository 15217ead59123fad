package th.go.mol.oneplan.query.centrework;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A centre's follow-ups, by date. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FollowUps(String centreId, List<FollowUpView> followUps) {
}
