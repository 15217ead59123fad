package th.go.mol.oneplan.centre;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import th.go.mol.oneplan.geography.Geography;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A province's pilot programme of tambon centres in one fiscal year (id {@code pilot-84-2563}): which tambon pilots the
 * centre of each district. Command handlers route to {@link PilotProgrammeRules}; event sourcing handlers only
 * remember the declaration and the pilots by district.
 */
@AggregateRoot
public class PilotProgramme {
    @AggregateIdentifier
    private String programmeId;
    private PilotProgrammeDeclared declaration;
    private final Map<Integer, PilotCentreDesignated> pilotsByDistrict = new HashMap<>();

    protected PilotProgramme() {
        // Axon rebuilds the programme from its events.
    }

    @CommandHandler
    public PilotProgramme(DeclarePilotProgramme command, Geography geography) {
        apply(PilotProgrammeRules.declaration(command, geography));
    }

    @CommandHandler
    public void handle(DesignatePilotCentre command, Geography geography) {
        apply(PilotProgrammeRules.designation(command, declaration,
                Collections.unmodifiableMap(pilotsByDistrict), geography));
    }

    @EventSourcingHandler
    void on(PilotProgrammeDeclared event) {
        programmeId = event.programmeId();
        declaration = event;
    }

    @EventSourcingHandler
    void on(PilotCentreDesignated event) {
        pilotsByDistrict.put(event.districtCode(), event);
    }
}
