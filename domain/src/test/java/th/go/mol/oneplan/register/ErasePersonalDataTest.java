package th.go.mol.oneplan.register;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.plan.Agency;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.register.TalatWorkers.*;

/** A worker asks the centre to erase their personal data; the ledger keeps their place in every count. */
class ErasePersonalDataTest {
    private static final LocalDate ASKED_ON = LocalDate.of(2020, 2, 9);
    private static final String REFERENCE = "สฎ 0020/15";

    private RegistryInMemory registry;
    private FixtureConfiguration<RegisteredWorker> fixture;

    @BeforeEach
    void setUp() {
        registry = new RegistryInMemory().holding(NATIONAL_ID, WORKER_ID, TALAT_CENTRE);
        fixture = workerFixture(registry);
    }

    private static ErasePersonalData erase(ErasureGround ground, LocalDate on) {
        return new ErasePersonalData(WORKER_ID, ground, on, REFERENCE, recording(5));
    }

    private static PersonalDataErased somsriErased() {
        return new PersonalDataErased(WORKER_ID, ErasureGround.CONSENT_WITHDRAWN, REFERENCE, TALAT_CENTRE, TALAT,
                ASKED_ON, recording(5));
    }

    @Test
    void somsri_withdraws_her_consent_and_the_erasure_names_her_centre_and_tambon_and_nothing_personal() {
        fixture.given(somsriRegistered())
                .when(erase(ErasureGround.CONSENT_WITHDRAWN, ASKED_ON))
                .expectEvents(somsriErased());
    }

    @Test
    void the_erasure_releases_her_national_id_so_nothing_derived_from_it_stays() {
        fixture.given(somsriRegistered())
                .when(erase(ErasureGround.CONSENT_WITHDRAWN, ASKED_ON))
                .expectSuccessfulHandlerExecution();
        assertThat(registry.holds(NATIONAL_ID)).isFalse();
    }

    @Test
    void an_erasure_is_made_once() {
        fixture.given(somsriRegistered(), somsriErased())
                .when(erase(ErasureGround.NO_LONGER_NECESSARY, ASKED_ON))
                .expectException(brokenRule("already-erased"))
                .expectNoEvents();
    }

    @Test
    void after_the_erasure_she_is_not_moved_updated_or_served_through_the_register() {
        fixture.given(somsriRegistered(), somsriErased())
                .when(new MoveWorker(WORKER_ID, new Address("45", 5, MAKHAM_TIA), MAKHAM_TIA_CENTRE, ASKED_ON,
                        recording(6)))
                .expectException(brokenRule("personal-data-erased"));
        fixture.given(somsriRegistered(), somsriErased())
                .when(new UpdateWorkerProfile(WORKER_ID, OccupationGroup.TRADE, null, null, null, null,
                        recording(6)))
                .expectException(brokenRule("personal-data-erased"));
        fixture.given(somsriRegistered(), somsriErased())
                .when(new RecordServiceDelivered(WORKER_ID, Service.SKILLS_TRAINING, Agency.EMPLOYMENT_OFFICE,
                        null, ASKED_ON, null, null, recording(6)))
                .expectException(brokenRule("personal-data-erased"));
    }

    @Test
    void the_request_has_a_ground_a_day_not_in_the_future_and_not_before_the_registration() {
        fixture.given(somsriRegistered())
                .when(erase(null, ASKED_ON))
                .expectException(invalidValue("ground", "required"));
        fixture.given(somsriRegistered())
                .when(erase(ErasureGround.CONSENT_WITHDRAWN, null))
                .expectException(invalidValue("requestedOn", "required"));
        fixture.given(somsriRegistered())
                .when(erase(ErasureGround.CONSENT_WITHDRAWN, LocalDate.of(2020, 2, 11)))
                .expectException(invalidValue("requestedOn", "not-in-future"));
        fixture.given(somsriRegistered())
                .when(erase(ErasureGround.CONSENT_WITHDRAWN, REGISTERED_ON.minusDays(1)))
                .expectException(brokenRule("erasure-before-registration"));
        fixture.given(somsriRegistered())
                .when(new ErasePersonalData(WORKER_ID, ErasureGround.CONSENT_WITHDRAWN, ASKED_ON, "x".repeat(101),
                        recording(5)))
                .expectException(invalidValue("reference", "size"));
    }

    @Test
    void an_erased_record_reads_as_erased_and_prints_nothing() {
        assertThat(PersonalData.ERASED.isErased()).isTrue();
        assertThat(SOMSRI.isErased()).isFalse();
        assertThat(PersonalData.ERASED).hasToString("PersonalData[erased]");
        assertThat(List.of(SOMSRI)).doesNotContain(PersonalData.ERASED);
    }
}
