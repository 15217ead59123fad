package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.register.WorkerHistory;
import th.go.mol.oneplan.register.WorkerId;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a centre's grievances: the committee receives them (its complaints role, source l.2316), so a
 * centre without a committee receives none; each is resolved once, not before it was received.
 */
public final class GrievanceRules {
    /** The limits the HTTP API will state. */
    public static final int TOPIC_MAX = 200;
    public static final int RESOLUTION_MAX = 2000;
    /** At most the length of an id the ledger gives ({@code grievance-} and a number), with room to spare. */
    public static final int GRIEVANCE_ID_MAX = 100;
    public static final String GRIEVANCE_ID_PREFIX = "grievance-";

    private GrievanceRules() {
    }

    /**
     * @param committeeAppointedOn the day the committee was appointed, or null when there is none
     * @param grievancesSoFar      how many grievances the centre received before
     */
    public static GrievanceRecorded recording(RecordGrievance command, String centreId, LocalDate committeeAppointedOn,
                                              int grievancesSoFar) {
        String workerId = WorkerId.valid(command.workerId(), "workerId");
        Require.present(command.topic(), "topic");
        String otherTopic = Require.optionalText(command.otherTopic(), "otherTopic", TOPIC_MAX);
        if (command.topic() == GrievanceTopic.OTHER && otherTopic == null) {
            throw new InvalidValue("otherTopic", "required", "a grievance on an OTHER topic labels it in otherTopic");
        }
        if (command.topic() != GrievanceTopic.OTHER && otherTopic != null) {
            throw new InvalidValue("otherTopic", "only-for-other", "otherTopic labels an OTHER topic; "
                    + command.topic() + " needs no label");
        }
        Require.present(command.channel(), "channel");
        LocalDate receivedOn = BusinessCalendar.notInFuture(command.receivedOn(), command.recording(), "receivedOn");
        if (committeeAppointedOn == null) {
            throw new RuleViolation("grievance-needs-committee", "centre " + centreId + " has no committee yet to"
                    + " receive grievances; appoint it first");
        }
        if (receivedOn.isBefore(committeeAppointedOn)) {
            throw new RuleViolation("grievance-before-committee", "a grievance received on " + receivedOn
                    + " cannot precede the committee, appointed on " + committeeAppointedOn);
        }
        return new GrievanceRecorded(centreId, GRIEVANCE_ID_PREFIX + (grievancesSoFar + 1), workerId,
                command.topic(), otherTopic, command.channel(), receivedOn, command.recording());
    }

    /**
     * The worker a grievance names, as the register's event store tells them ({@link WorkerHistory#read}): the
     * worker must be registered (409 {@code unknown-worker} naming {@code workerId}) and not erased (409 {@code
     * personal-data-erased} naming {@code workerId}). An erased worker asked to be forgotten: their national id is
     * released and nothing links the person who brings a grievance to that id any more, so a new grievance naming
     * it would rest on a link the erasure was meant to end. A person who comes back is registered again (a new id)
     * and the grievance names that registration, as a service does. The centre's committee checks and the
     * worker id's form (400) stay with {@link #recording}, which the sender checks first for the form.
     */
    public static void grievanceOf(String workerId, Optional<WorkerHistory> worker) {
        if (worker.isEmpty()) {
            throw new RuleViolation("unknown-worker", "workerId", "workerId names " + workerId + ", which is not in"
                    + " the register; register the worker first");
        }
        if (worker.get().erased()) {
            throw new RuleViolation("personal-data-erased", "workerId", "the personal data of " + workerId + " was"
                    + " erased at their request; register the person again, with a new lawful basis, and record the"
                    + " grievance under the new registration");
        }
    }

    /**
     * @param grievances the centre's grievances by id
     * @param resolved   the ids of those already resolved
     */
    public static GrievanceResolved resolution(ResolveGrievance command, String centreId,
                                               Map<String, GrievanceRecorded> grievances, Set<String> resolved) {
        String grievanceId = Require.text(command.grievanceId(), "grievanceId", GRIEVANCE_ID_MAX);
        String resolution = Require.text(command.resolution(), "resolution", RESOLUTION_MAX);
        LocalDate resolvedOn = BusinessCalendar.notInFuture(command.resolvedOn(), command.recording(), "resolvedOn");
        GrievanceRecorded grievance = grievances.get(grievanceId);
        if (grievance == null) {
            throw new RuleViolation("unknown-grievance", "centre " + centreId + " has no grievance " + grievanceId);
        }
        if (resolved.contains(grievanceId)) {
            throw new RuleViolation("grievance-already-resolved", grievanceId + " of centre " + centreId
                    + " is already resolved");
        }
        if (resolvedOn.isBefore(grievance.businessDate())) {
            throw new RuleViolation("resolution-before-grievance", grievanceId + " was received on "
                    + grievance.businessDate() + " and cannot be resolved earlier, on " + resolvedOn);
        }
        return new GrievanceResolved(centreId, grievanceId, resolution, resolvedOn, command.recording());
    }
}
