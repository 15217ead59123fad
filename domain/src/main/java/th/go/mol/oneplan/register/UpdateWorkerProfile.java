package th.go.mol.oneplan.register;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.util.List;

/**
 * Updates what a registered worker does and asks for: only the fields sent (not null) change; a list sent
 * replaces the list (an empty list clears it). A phone, once given, can be changed but not removed here.
 */
public record UpdateWorkerProfile(@TargetAggregateIdentifier String workerId, OccupationGroup occupation,
                                  Education education, String phone, List<Problem> problems, List<Need> needs,
                                  Recording recording) {

    /** Without the phone, which is personal data. */
    @Override
    public String toString() {
        return "UpdateWorkerProfile[workerId=" + workerId + ", occupation=" + occupation + ", education="
                + education + ", phone " + (phone == null ? "not sent" : "withheld") + ", problems=" + problems
                + ", needs=" + needs + ", recording=" + recording + "]";
    }
}
