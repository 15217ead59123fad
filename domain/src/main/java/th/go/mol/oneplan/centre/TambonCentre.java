package th.go.mol.oneplan.centre;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import th.go.mol.oneplan.geography.Geography;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A tambon centre (ศูนย์พัฒนาคุณภาพชีวิตแรงงานนอกระบบระดับตำบล), from its establishment through its committee
 * and the core-team mentors who follow it, to its quality-of-life plans and their funding, its follow-ups and
 * yearly evaluations, and the grievances it receives. Command handlers route to {@link TambonCentreRules},
 * {@link CentreCommitteeRules}, {@link QualityOfLifePlanRules}, {@link FollowUpRules} and {@link GrievanceRules};
 * event sourcing handlers only fold what those rules need.
 */
@AggregateRoot
public class TambonCentre {
    @AggregateIdentifier
    private String centreId;
    private TambonCentreEstablished establishment;
    /** The committee as it reads now, by member name; null until appointed. */
    private Map<String, CommitteeMember> committee;
    private LocalDate committeeAppointedOn;
    private final Set<String> mentors = new HashSet<>();
    private final Map<String, QualityOfLifePlanSubmitted> plans = new HashMap<>();
    /** The numbers of each plan's decided items, by plan id. */
    private final Map<String, Set<Integer>> decidedItems = new HashMap<>();
    private final Set<Integer> evaluatedYears = new HashSet<>();
    private final Map<String, GrievanceRecorded> grievances = new HashMap<>();
    private final Set<String> resolvedGrievances = new HashSet<>();

    protected TambonCentre() {
        // Axon rebuilds the centre from its events.
    }

    @CommandHandler
    public TambonCentre(EstablishTambonCentre command, Geography geography) {
        apply(TambonCentreRules.establishment(command, geography));
    }

    @CommandHandler
    public void handle(AppointCentreCommittee command) {
        apply(CentreCommitteeRules.appointment(command, establishment, readOnly(committee)));
    }

    @CommandHandler
    public void handle(AmendCentreCommittee command) {
        apply(CentreCommitteeRules.amendment(command, centreId, readOnly(committee), committeeAppointedOn));
    }

    @CommandHandler
    public void handle(AssignCoreTeamMentor command) {
        apply(TambonCentreRules.mentorAssignment(command, establishment, Collections.unmodifiableSet(mentors)));
    }

    @CommandHandler
    public void handle(SubmitQualityOfLifePlan command) {
        apply(QualityOfLifePlanRules.submission(command, centreId, committeeAppointedOn, plans.size()));
    }

    @CommandHandler
    public void handle(RecordPlanFunding command) {
        apply(QualityOfLifePlanRules.funding(command, centreId, Collections.unmodifiableMap(plans),
                Collections.unmodifiableMap(decidedItems)));
    }

    @CommandHandler
    public void handle(RecordCentreFollowUp command) {
        apply(FollowUpRules.followUp(command, establishment));
    }

    @CommandHandler
    public void handle(RecordYearlyEvaluation command) {
        apply(FollowUpRules.evaluation(command, establishment, Collections.unmodifiableSet(evaluatedYears)));
    }

    @CommandHandler
    public void handle(RecordGrievance command) {
        apply(GrievanceRules.recording(command, centreId, committeeAppointedOn, grievances.size()));
    }

    @CommandHandler
    public void handle(ResolveGrievance command) {
        apply(GrievanceRules.resolution(command, centreId, Collections.unmodifiableMap(grievances),
                Collections.unmodifiableSet(resolvedGrievances)));
    }

    private static Map<String, CommitteeMember> readOnly(Map<String, CommitteeMember> committee) {
        return committee == null ? null : Collections.unmodifiableMap(committee);
    }

    @EventSourcingHandler
    void on(TambonCentreEstablished event) {
        centreId = event.centreId();
        establishment = event;
    }

    @EventSourcingHandler
    void on(CentreCommitteeAppointed event) {
        committee = new LinkedHashMap<>();
        event.members().forEach(m -> committee.put(m.name(), m));
        committeeAppointedOn = event.businessDate();
    }

    @EventSourcingHandler
    void on(CentreCommitteeAmended event) {
        event.membersRemoved().forEach(committee::remove);
        event.membersAdded().forEach(m -> committee.put(m.name(), m));
    }

    @EventSourcingHandler
    void on(CoreTeamMentorAssigned event) {
        mentors.add(event.mentorName());
    }

    @EventSourcingHandler
    void on(QualityOfLifePlanSubmitted event) {
        plans.put(event.planId(), event);
    }

    @EventSourcingHandler
    void on(PlanFundingRecorded event) {
        Set<Integer> decided = decidedItems.computeIfAbsent(event.planId(), id -> new HashSet<>());
        event.decisions().forEach(d -> decided.add(d.itemNumber()));
    }

    @EventSourcingHandler
    void on(YearlyEvaluationRecorded event) {
        evaluatedYears.add(event.fiscalYear());
    }

    @EventSourcingHandler
    void on(GrievanceRecorded event) {
        grievances.put(event.grievanceId(), event);
    }

    @EventSourcingHandler
    void on(GrievanceResolved event) {
        resolvedGrievances.add(event.grievanceId());
    }
}
