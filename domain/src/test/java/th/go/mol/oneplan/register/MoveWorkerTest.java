package th.go.mol.oneplan.register;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.register.TalatWorkers.*;

/** A registered worker moves house, possibly to another tambon and its centre. */
class MoveWorkerTest {
    private static final LocalDate MOVED_ON = LocalDate.of(2020, 2, 8);
    private static final Address MAKHAM_TIA_HOME = new Address("45", 5, MAKHAM_TIA);

    private FixtureConfiguration<RegisteredWorker> fixture;

    @BeforeEach
    void setUp() {
        fixture = workerFixture();
    }

    private static MoveWorker move(Address to, String centre, LocalDate on) {
        return new MoveWorker(WORKER_ID, to, centre, on, recording(3));
    }

    @Test
    void somsri_moves_to_makham_tia_and_its_centre_the_tambon_she_left_named_beside_her_new_one() {
        fixture.given(somsriRegistered())
                .when(move(MAKHAM_TIA_HOME, MAKHAM_TIA_CENTRE, MOVED_ON))
                .expectEvents(somsriMovedToMakhamTia());
    }

    @Test
    void a_move_within_the_tambon_keeps_the_centre() {
        fixture.given(somsriRegistered())
                .when(move(new Address("7", 4, TALAT), TALAT_CENTRE, REGISTERED_ON))
                .expectEvents(new WorkerMoved(WORKER_ID, SOMSRI.withHome("7", 4), TALAT, 8401, 84, TALAT_CENTRE,
                        TALAT, TALAT_CENTRE, REGISTERED_ON, recording(3)));
    }

    @Test
    void a_move_cannot_precede_the_registration() {
        fixture.given(somsriRegistered())
                .when(move(MAKHAM_TIA_HOME, MAKHAM_TIA_CENTRE, REGISTERED_ON.minusDays(1)))
                .expectException(brokenRule("move-before-current-address"))
                .expectNoEvents();
    }

    @Test
    void a_move_cannot_precede_the_last_move() {
        fixture.given(somsriRegistered(), somsriMovedToMakhamTia())
                .when(move(HOME, TALAT_CENTRE, MOVED_ON.minusDays(1)))
                .expectException(brokenRule("move-before-current-address"));
    }

    @Test
    void the_new_address_is_real_and_complete_and_the_move_not_in_the_future() {
        fixture.given(somsriRegistered())
                .when(move(new Address("45", 5, 849999), MAKHAM_TIA_CENTRE, MOVED_ON))
                .expectException(invalidValue("address.subdistrictCode", "thai-subdistrict"));
        fixture.given(somsriRegistered())
                .when(move(null, MAKHAM_TIA_CENTRE, MOVED_ON))
                .expectException(invalidValue("address", "required"));
        fixture.given(somsriRegistered())
                .when(move(new Address(" ", 5, MAKHAM_TIA), MAKHAM_TIA_CENTRE, MOVED_ON))
                .expectException(invalidValue("address.houseNumber", "required"));
        fixture.given(somsriRegistered())
                .when(move(MAKHAM_TIA_HOME, "makham-tia", MOVED_ON))
                .expectException(invalidValue("centreId", "centre-id-format"));
        fixture.given(somsriRegistered())
                .when(move(MAKHAM_TIA_HOME, MAKHAM_TIA_CENTRE, null))
                .expectException(invalidValue("movedOn", "required"));
        fixture.given(somsriRegistered())
                .when(move(MAKHAM_TIA_HOME, MAKHAM_TIA_CENTRE, LocalDate.of(2020, 2, 11)))
                .expectException(invalidValue("movedOn", "not-in-future"));
    }

    @Test
    void a_move_to_another_centre_tells_the_registry_which_centre_now_holds_her() {
        RegistryInMemory registry = new RegistryInMemory().holding(NATIONAL_ID, WORKER_ID, TALAT_CENTRE);
        workerFixture(registry)
                .given(somsriRegistered())
                .when(move(MAKHAM_TIA_HOME, MAKHAM_TIA_CENTRE, MOVED_ON))
                .expectSuccessfulHandlerExecution();
        org.assertj.core.api.Assertions.assertThat(registry.centreOf(WORKER_ID)).isEqualTo(MAKHAM_TIA_CENTRE);
    }
}
