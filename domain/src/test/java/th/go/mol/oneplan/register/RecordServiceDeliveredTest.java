package th.go.mol.oneplan.register;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.plan.Agency;

import java.time.LocalDate;

import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.register.TalatWorkers.*;

/** A registered worker receives a government service, counted for her centre and tambon. */
class RecordServiceDeliveredTest {
    private static final LocalDate SCREENED_ON = LocalDate.of(2020, 2, 7);

    private FixtureConfiguration<RegisteredWorker> fixture;

    @BeforeEach
    void setUp() {
        fixture = workerFixture();
    }

    private static RecordServiceDelivered deliver(Agency agency, String partner, LocalDate on, String drive,
                                                  String project) {
        return new RecordServiceDelivered(WORKER_ID, Service.OCCUPATIONAL_HEALTH_SCREENING, agency, partner, on,
                drive, project, recording(4));
    }

    @Test
    void somsri_is_screened_for_farm_chemicals_under_project_p2_of_surat_thani_s_drive() {
        fixture.given(somsriRegistered())
                .when(deliver(Agency.LABOUR_PROTECTION_WELFARE_OFFICE, null, SCREENED_ON, " 84-2563 ", " P2 "))
                .expectEvents(new ServiceDelivered(WORKER_ID, Service.OCCUPATIONAL_HEALTH_SCREENING,
                        Agency.LABOUR_PROTECTION_WELFARE_OFFICE, null, TALAT_CENTRE, TALAT, "84-2563", "P2",
                        SCREENED_ON, recording(4)));
    }

    @Test
    void a_service_by_a_partner_outside_any_drive_names_the_partner() {
        fixture.given(somsriRegistered())
                .when(deliver(Agency.PARTNER, "โรงพยาบาลส่งเสริมสุขภาพตำบลตลาด", REGISTERED_ON, null, null))
                .expectEvents(new ServiceDelivered(WORKER_ID, Service.OCCUPATIONAL_HEALTH_SCREENING, Agency.PARTNER,
                        "โรงพยาบาลส่งเสริมสุขภาพตำบลตลาด", TALAT_CENTRE, TALAT, null, null, REGISTERED_ON,
                        recording(4)));
    }

    @Test
    void after_a_move_the_service_counts_for_the_new_tambon_and_centre() {
        fixture.given(somsriRegistered(), somsriMovedToMakhamTia())
                .when(new RecordServiceDelivered(WORKER_ID, Service.SOCIAL_SECURITY_SECTION_40,
                        Agency.SOCIAL_SECURITY_OFFICE, null, LocalDate.of(2020, 2, 10), null, null, recording(4)))
                .expectEvents(new ServiceDelivered(WORKER_ID, Service.SOCIAL_SECURITY_SECTION_40,
                        Agency.SOCIAL_SECURITY_OFFICE, null, MAKHAM_TIA_CENTRE, MAKHAM_TIA, null, null,
                        LocalDate.of(2020, 2, 10), recording(4)));
    }

    @Test
    void a_service_cannot_precede_the_registration() {
        fixture.given(somsriRegistered())
                .when(deliver(Agency.SOCIAL_SECURITY_OFFICE, null, REGISTERED_ON.minusDays(1), null, null))
                .expectException(brokenRule("service-before-registration"))
                .expectNoEvents();
    }

    @Test
    void a_worker_never_registered_cannot_receive_a_service() {
        fixture.givenNoPriorActivity()
                .when(deliver(Agency.SOCIAL_SECURITY_OFFICE, null, SCREENED_ON, null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void the_service_the_agency_and_the_date_are_required_and_the_date_not_in_the_future() {
        fixture.given(somsriRegistered())
                .when(new RecordServiceDelivered(WORKER_ID, null, Agency.SOCIAL_SECURITY_OFFICE, null, SCREENED_ON,
                        null, null, recording(4)))
                .expectException(invalidValue("service", "required"));
        fixture.given(somsriRegistered())
                .when(deliver(null, null, SCREENED_ON, null, null))
                .expectException(invalidValue("agency", "required"));
        fixture.given(somsriRegistered())
                .when(deliver(Agency.SOCIAL_SECURITY_OFFICE, null, null, null, null))
                .expectException(invalidValue("deliveredOn", "required"));
        fixture.given(somsriRegistered())
                .when(deliver(Agency.SOCIAL_SECURITY_OFFICE, null, LocalDate.of(2020, 2, 11), null, null))
                .expectException(invalidValue("deliveredOn", "not-in-future"));
    }

    @Test
    void a_partner_is_named_and_only_a_partner() {
        fixture.given(somsriRegistered())
                .when(deliver(Agency.PARTNER, " ", SCREENED_ON, null, null))
                .expectException(invalidValue("partnerAgency", "required"));
        fixture.given(somsriRegistered())
                .when(deliver(Agency.EMPLOYMENT_OFFICE, "อบต.ตลาด", SCREENED_ON, null, null))
                .expectException(invalidValue("partnerAgency", "partner-only"));
    }

    @Test
    void a_project_code_belongs_to_a_drive_named_by_its_id() {
        fixture.given(somsriRegistered())
                .when(deliver(Agency.EMPLOYMENT_OFFICE, null, SCREENED_ON, null, "P2"))
                .expectException(invalidValue("projectCode", "project-needs-drive"));
        fixture.given(somsriRegistered())
                .when(deliver(Agency.EMPLOYMENT_OFFICE, null, SCREENED_ON, "pilot-84-2563", "P2"))
                .expectException(invalidValue("driveId", "drive-id-format"));
    }
}
