package th.go.mol.oneplan.register;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.register.TalatWorkers.*;

/** A centre updates what a registered worker does and needs; only the fields sent change. */
class UpdateWorkerProfileTest {
    private FixtureConfiguration<RegisteredWorker> fixture;

    @BeforeEach
    void setUp() {
        fixture = workerFixture();
    }

    @Test
    void somsri_takes_up_livestock_and_asks_for_skills_training_her_other_fields_unchanged() {
        fixture.given(somsriRegistered())
                .when(new UpdateWorkerProfile(WORKER_ID, OccupationGroup.LIVESTOCK, null, null, null,
                        List.of(Need.SKILLS_TRAINING), recording(2)))
                .expectEvents(new WorkerProfileUpdated(WORKER_ID, OccupationGroup.LIVESTOCK, null, null,
                        List.of(Need.SKILLS_TRAINING), null, recording(2)));
    }

    @Test
    void a_new_phone_is_recorded_in_her_whole_personal_record() {
        fixture.given(somsriRegistered())
                .when(new UpdateWorkerProfile(WORKER_ID, null, null, "09 8765 4321", null, null, recording(2)))
                .expectEvents(new WorkerProfileUpdated(WORKER_ID, null, null, null, null,
                        SOMSRI.withPhone("0987654321"), recording(2)));
    }

    @Test
    void the_phone_changed_before_a_move_is_kept_in_the_record_the_move_carries() {
        fixture.given(somsriRegistered(), new WorkerProfileUpdated(WORKER_ID, null, null, null, null,
                        SOMSRI.withPhone("0987654321"), recording(2)))
                .when(new MoveWorker(WORKER_ID, new Address("45", 5, MAKHAM_TIA), MAKHAM_TIA_CENTRE,
                        somsriMovedToMakhamTia().businessDate(), recording(3)))
                .expectEvents(new WorkerMoved(WORKER_ID, SOMSRI.withPhone("0987654321").withHome("45", 5),
                        MAKHAM_TIA, 8401, 84, MAKHAM_TIA_CENTRE, TALAT, TALAT_CENTRE,
                        somsriMovedToMakhamTia().businessDate(), recording(3)));
    }

    @Test
    void an_empty_list_clears_her_problems_and_a_need_sent_twice_counts_once() {
        fixture.given(somsriRegistered())
                .when(new UpdateWorkerProfile(WORKER_ID, null, Education.LOWER_SECONDARY, null, List.of(),
                        List.of(Need.SAVINGS, Need.SAVINGS), recording(2)))
                .expectEvents(new WorkerProfileUpdated(WORKER_ID, null, Education.LOWER_SECONDARY, List.of(),
                        List.of(Need.SAVINGS), null, recording(2)));
    }

    @Test
    void an_update_sends_at_least_one_field() {
        fixture.given(somsriRegistered())
                .when(new UpdateWorkerProfile(WORKER_ID, null, null, null, null, null, recording(2)))
                .expectException(invalidValue("profile", "nothing-to-update"))
                .expectNoEvents();
    }

    @Test
    void a_new_phone_is_a_thai_number() {
        fixture.given(somsriRegistered())
                .when(new UpdateWorkerProfile(WORKER_ID, null, null, "12345", null, null, recording(2)))
                .expectException(invalidValue("phone", "thai-phone"))
                .expectNoEvents();
    }

    @Test
    void a_worker_never_registered_cannot_be_updated() {
        fixture.givenNoPriorActivity()
                .when(new UpdateWorkerProfile(WORKER_ID, OccupationGroup.TRADE, null, null, null, null, recording(2)))
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
