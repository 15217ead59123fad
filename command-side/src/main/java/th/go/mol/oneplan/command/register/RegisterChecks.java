package th.go.mol.oneplan.command.register;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.centre.TambonCentreEstablished;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.Subdistrict;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The checks across aggregates a register command needs before it is sent, made against the event store (the
 * record of truth, on every node, with no read model to wait for): the centre named exists and is of the worker's
 * province, the drive a service names was started. The worker's own rules stay in the domain
 * ({@code WorkerRules}, {@code ServiceRules}).
 */
@Component
@Profile("!query")
public class RegisterChecks {
    private final EventStore eventStore;
    private final Geography geography;

    public RegisterChecks(EventStore eventStore, Geography geography) {
        this.eventStore = eventStore;
        this.geography = geography;
    }

    /** The centre of the path a worker is registered at: 404 naming it when it was never established. */
    public void centreInPathTakes(String centreId, int subdistrictCode) {
        int province = provinceOf(centreId).orElseThrow(() -> new NotFound("centre",
                "no tambon centre " + centreId + " has been established"));
        sameProvince(centreId, province, subdistrictCode);
    }

    /** The centre a worker moves to (named in the body): 409 {@code unknown-centre} when never established. */
    public void centreInBodyTakes(String centreId, int subdistrictCode) {
        int province = provinceOf(centreId).orElseThrow(() -> new RuleViolation("unknown-centre",
                "no tambon centre " + centreId + " has been established; name an established centre as centreId"));
        sameProvince(centreId, province, subdistrictCode);
    }

    /** A drive a service names: 409 {@code unknown-drive} naming it when it was never started. */
    public void driveStarted(String driveId) {
        DriveId.parse(driveId);
        if (eventStore.lastSequenceNumberFor(driveId).isEmpty()) {
            throw new RuleViolation("unknown-drive", "driveId " + driveId + " names no drive that was started;"
                    + " leave driveId out for a service outside a drive");
        }
    }

    /**
     * A centre registers the workers of its own province. A subdistrict that is not a real one is left to the
     * domain's 400 ({@code thai-subdistrict}).
     */
    private void sameProvince(String centreId, int centreProvince, int subdistrictCode) {
        Optional<Subdistrict> subdistrict = geography.subdistrict(subdistrictCode);
        if (subdistrict.isPresent() && subdistrict.get().provinceCode() != centreProvince) {
            throw new RuleViolation("centre-of-another-province", "the centre " + centreId + " is in province "
                    + centreProvince + " and the address's subdistrict " + subdistrictCode + " in province "
                    + subdistrict.get().provinceCode() + "; register or move the worker at a centre of their"
                    + " province");
        }
    }

    /** The province of an established centre, from its first event. */
    private Optional<Integer> provinceOf(String centreId) {
        try (Stream<? extends EventMessage<?>> events = eventStore.readEvents(centreId).asStream()) {
            return events.findFirst().map(EventMessage::getPayload)
                    .filter(TambonCentreEstablished.class::isInstance)
                    .map(payload -> ((TambonCentreEstablished) payload).provinceCode());
        }
    }
}
