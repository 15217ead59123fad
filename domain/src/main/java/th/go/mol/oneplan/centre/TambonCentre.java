package th.go.mol.oneplan.centre;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import th.go.mol.oneplan.geography.Geography;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A tambon centre (ศูนย์พัฒนาคุณภาพชีวิตแรงงานนอกระบบระดับตำบล), from its establishment through its committee
 * and the core-team mentors who follow it. Command handlers route to {@link TambonCentreRules} and
 * {@link CentreCommitteeRules}; event sourcing handlers only fold the committee and the mentors.
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
}
