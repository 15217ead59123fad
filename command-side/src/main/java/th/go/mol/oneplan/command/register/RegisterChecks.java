package th.go.mol.oneplan.command.register;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.centre.TambonCentreEstablished;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.Subdistrict;
import th.go.mol.oneplan.register.ServiceRules;
import th.go.mol.oneplan.register.WorkerRules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The checks across aggregates a register command needs before it is sent, made against the event store (the
 * record of truth, on every node, with no read model to wait for): the centre named exists, is of the worker's
 * province and was established by the day of the registration or move; the drive a service names was started, and
 * its project is in the drive's plan in force that day. The rules themselves are the domain's ({@code
 * WorkerRules}, {@code ServiceRules}); this class reads what they need from other aggregates' streams.
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

    /**
     * The centre of the path a worker is registered at: 404 naming it when it was never established; 409 when the
     * address is of another province or the registration is dated before the centre was established.
     */
    public void centreInPathTakes(String centreId, int subdistrictCode, LocalDate registeredOn) {
        TambonCentreEstablished centre = established(centreId).orElseThrow(() -> new NotFound("centre",
                "no tambon centre " + centreId + " has been established"));
        sameProvince(centreId, centre.provinceCode(), subdistrictCode);
        WorkerRules.registeredAfterCentre(registeredOn, centreId, centre.businessDate());
    }

    /**
     * The centre a worker moves to (named in the body): 409 {@code unknown-centre} when never established, 409 when
     * of another province than the new address or established after the move.
     */
    public void centreInBodyTakes(String centreId, int subdistrictCode, LocalDate movedOn) {
        TambonCentreEstablished centre = established(centreId).orElseThrow(() -> new RuleViolation(
                "unknown-centre", "centreId", "no tambon centre " + centreId + " has been established; name an"
                + " established centre as centreId"));
        sameProvince(centreId, centre.provinceCode(), subdistrictCode);
        WorkerRules.movedAfterCentre(movedOn, centreId, centre.businessDate());
    }

    /** The day a centre was established (its business date), or empty when it never was: read once per import job. */
    public Optional<LocalDate> establishedOn(String centreId) {
        return established(centreId).map(TambonCentreEstablished::businessDate);
    }

    /**
     * A drive a service names: 409 {@code unknown-drive} naming it when it was never started; with a project code,
     * 409 {@code unknown-project} naming {@code projectCode} when the drive's plan in force on the day of the service
     * has no such project. The drive's stream is folded with the domain's own {@link DriveHistory} and the plan in
     * force found by the domain's {@code PlanRules}, so the register and the drive agree on which plan held that day.
     */
    public void driveStarted(String driveId, String projectCode, LocalDate deliveredOn) {
        String drive = DriveId.parse(driveId).toString();
        if (eventStore.lastSequenceNumberFor(drive).isEmpty()) {
            throw new RuleViolation("unknown-drive", "driveId", "driveId " + drive + " names no drive that was"
                    + " started; leave driveId out for a service outside a drive");
        }
        if (projectCode == null || projectCode.isBlank() || deliveredOn == null) {
            return;
        }
        DriveHistory history;
        try (Stream<? extends EventMessage<?>> events = eventStore.readEvents(drive).asStream()) {
            history = DriveHistory.of(events.map(EventMessage::getPayload));
        }
        ServiceRules.projectInForce(projectCode, deliveredOn, drive, history);
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

    /** An established centre's first event, which says where and since when. */
    private Optional<TambonCentreEstablished> established(String centreId) {
        try (Stream<? extends EventMessage<?>> events = eventStore.readEvents(centreId).asStream()) {
            return events.findFirst().map(EventMessage::getPayload)
                    .filter(TambonCentreEstablished.class::isInstance)
                    .map(TambonCentreEstablished.class::cast);
        }
    }
}
