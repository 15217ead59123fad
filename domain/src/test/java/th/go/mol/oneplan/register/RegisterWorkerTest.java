package th.go.mol.oneplan.register;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.register.TalatWorkers.*;

/** A tambon centre registers an informal worker with the survey's fields and a lawful basis. */
class RegisterWorkerTest {
    private FixtureConfiguration<RegisteredWorker> fixture;

    @BeforeEach
    void setUp() {
        fixture = workerFixture();
    }

    /** Somsri's registration as the centre typed it, with what a test changes. */
    private static RegisterWorker somsriWith(Consumer<Form> change) {
        Form f = new Form();
        change.accept(f);
        return new RegisterWorker(f.workerId, f.nationalId, f.title, f.firstName, f.lastName, f.dateOfBirth,
                f.address, f.occupation, f.education, f.phone, f.problems, f.needs, f.lawfulBasis, f.centreId,
                f.registeredOn, recording(1));
    }

    private static final class Form {
        String workerId = WORKER_ID;
        NationalId nationalId = NATIONAL_ID;
        Title title = Title.MRS;
        String firstName = FIRST_NAME;
        String lastName = LAST_NAME;
        LocalDate dateOfBirth = BORN;
        Address address = HOME;
        OccupationGroup occupation = OccupationGroup.RUBBER_OIL_PALM;
        Education education = Education.PRIMARY;
        String phone = "081-234-5678";
        List<Problem> problems = List.of(Problem.LOW_INCOME, Problem.WORK_SAFETY_AND_HEALTH);
        List<Need> needs = List.of(Need.SOCIAL_SECURITY, Need.OCCUPATIONAL_HEALTH);
        LawfulBasis lawfulBasis = CONSENT;
        String centreId = TALAT_CENTRE;
        LocalDate registeredOn = REGISTERED_ON;
    }

    @Test
    void somsri_is_registered_with_her_personal_data_in_one_record_and_her_age_band_and_sex_beside_it() {
        fixture.givenNoPriorActivity()
                .when(registerSomsri())
                .expectSuccessfulHandlerExecution()
                .expectEvents(somsriRegistered());
    }

    @Test
    void a_worker_registered_under_the_public_task_without_phone_problems_or_needs_in_a_municipal_area() {
        // Thai digits in the house number, spaces around a name, a man's title: he counts as male, aged 60 and over.
        RegisterWorker command = somsriWith(f -> {
            f.title = Title.MR;
            f.firstName = " สมชาย ";
            f.dateOfBirth = LocalDate.of(1955, 2, 3);
            f.address = new Address("๙๙", null, TALAT);
            f.phone = null;
            f.problems = null;
            f.needs = null;
            f.lawfulBasis = LawfulBasis.publicTask();
            f.occupation = OccupationGroup.TRADE;
        });
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(new WorkerRegistered(WORKER_ID,
                        new PersonalData(NATIONAL_ID, "สมชาย", LAST_NAME, LocalDate.of(1955, 2, 3), null, "99", null),
                        Title.MR, Sex.MALE, AgeBand.AGE_60_AND_OVER, TALAT, 8401, 84, OccupationGroup.TRADE,
                        Education.PRIMARY, List.of(), List.of(), LawfulBasis.publicTask(), TALAT_CENTRE,
                        REGISTERED_ON, recording(1)));
    }

    @Test
    void a_title_that_implies_no_sex_counts_as_not_stated_and_a_problem_sent_twice_counts_once() {
        WorkerRegistered somsri = somsriRegistered();
        fixture.givenNoPriorActivity()
                .when(somsriWith(f -> {
                    f.title = Title.OTHER;
                    f.problems = List.of(Problem.DEBT, Problem.DEBT, Problem.OTHER);
                }))
                .expectEvents(new WorkerRegistered(WORKER_ID, SOMSRI, Title.OTHER, Sex.NOT_STATED, somsri.ageBand(),
                        TALAT, 8401, 84, somsri.occupation(), somsri.education(),
                        List.of(Problem.DEBT, Problem.OTHER), somsri.needs(), CONSENT, TALAT_CENTRE, REGISTERED_ON,
                        recording(1)));
    }

    @Test
    void the_worker_id_is_worker_and_a_uuid_never_the_national_id() {
        for (String id : Arrays.asList(null, "worker-" + NATIONAL_ID_DIGITS, NATIONAL_ID_DIGITS,
                "5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f", "worker-5f0c8a3e")) {
            fixture.givenNoPriorActivity()
                    .when(somsriWith(f -> f.workerId = id))
                    .expectException(invalidValue("workerId", "worker-id-format"))
                    .expectNoEvents();
        }
    }

    @Test
    void every_field_of_the_survey_form_is_required_and_named_when_missing() {
        expectInvalid(f -> f.nationalId = null, "nationalId", "required");
        expectInvalid(f -> f.title = null, "title", "required");
        expectInvalid(f -> f.firstName = " ", "firstName", "required");
        expectInvalid(f -> f.lastName = null, "lastName", "required");
        expectInvalid(f -> f.dateOfBirth = null, "dateOfBirth", "required");
        expectInvalid(f -> f.address = null, "address", "required");
        expectInvalid(f -> f.address = new Address(null, 2, TALAT), "address.houseNumber", "required");
        expectInvalid(f -> f.occupation = null, "occupation", "required");
        expectInvalid(f -> f.education = null, "education", "required");
        expectInvalid(f -> f.lawfulBasis = null, "lawfulBasis", "required");
        expectInvalid(f -> f.lawfulBasis = new LawfulBasis(null, null, null), "lawfulBasis.basis", "required");
        expectInvalid(f -> f.centreId = null, "centreId", "centre-id-format");
        expectInvalid(f -> f.registeredOn = null, "registeredOn", "required");
        expectInvalid(f -> f.problems = Arrays.asList(Problem.DEBT, null), "problems[1]", "required");
        expectInvalid(f -> f.needs = Arrays.asList((Need) null), "needs[0]", "required");
    }

    @Test
    void names_are_in_thai_script_and_at_most_100_characters() {
        expectInvalid(f -> f.firstName = "Somsri", "firstName", "thai-script");
        expectInvalid(f -> f.lastName = "รักงาน2", "lastName", "thai-script");
        expectInvalid(f -> f.lastName = "ก".repeat(WorkerRules.NAME_MAX + 1), "lastName", "size");
    }

    @Test
    void a_worker_is_15_to_100_years_old_on_the_registration_day() {
        // Born 3 February 2005: 15 on 3 February 2020, the registration day; a day later still 14.
        fixture.givenNoPriorActivity()
                .when(somsriWith(f -> f.dateOfBirth = LocalDate.of(2005, 2, 3)))
                .expectSuccessfulHandlerExecution();
        expectInvalid(f -> f.dateOfBirth = LocalDate.of(2005, 2, 4), "dateOfBirth", "working-age");
        fixture.givenNoPriorActivity()
                .when(somsriWith(f -> f.dateOfBirth = LocalDate.of(1919, 2, 4)))
                .expectSuccessfulHandlerExecution();
        expectInvalid(f -> f.dateOfBirth = LocalDate.of(1919, 2, 3), "dateOfBirth", "working-age");
        // A BE year left unconverted (2518 for 1975) is a birth in the future.
        expectInvalid(f -> f.dateOfBirth = LocalDate.of(2518, 5, 14), "dateOfBirth", "working-age");
    }

    @Test
    void the_registration_is_not_later_than_the_day_it_is_recorded() {
        expectInvalid(f -> f.registeredOn = LocalDate.of(2020, 2, 11), "registeredOn", "not-in-future");
    }

    @Test
    void the_address_is_in_a_real_subdistrict_with_a_village_number_of_1_to_99() {
        expectInvalid(f -> f.address = new Address("12/3", 2, 849999), "address.subdistrictCode", "thai-subdistrict");
        expectInvalid(f -> f.address = new Address("12/3", 0, TALAT), "address.villageNumber", "min");
        expectInvalid(f -> f.address = new Address("12/3", 100, TALAT), "address.villageNumber", "max");
        expectInvalid(f -> f.address = new Address("1".repeat(21), 2, TALAT), "address.houseNumber", "size");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "0812345", "08123456789", "1812345678", "0112345678", "081-234-567x",
            "+6612345678"})
    void a_phone_is_a_thai_mobile_or_landline_number(String phone) {
        expectInvalid(f -> f.phone = phone, "phone", "thai-phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"081 234 5678", "+66 81 234 5678", "๐๘๑๒๓๔๕๖๗๘", "(081) 234-5678"})
    void a_mobile_number_is_kept_as_its_ten_digits_however_it_is_typed(String phone) {
        fixture.givenNoPriorActivity()
                .when(somsriWith(f -> f.phone = phone))
                .expectEvents(somsriRegistered());
    }

    @Test
    void a_landline_is_kept_as_its_nine_digits() {
        WorkerRegistered somsri = somsriRegistered();
        fixture.givenNoPriorActivity()
                .when(somsriWith(f -> f.phone = "077-281-234"))
                .expectEvents(new WorkerRegistered(WORKER_ID, SOMSRI.withPhone("077281234"), Title.MRS, Sex.FEMALE,
                        somsri.ageBand(), TALAT, 8401, 84, somsri.occupation(), somsri.education(), somsri.problems(),
                        somsri.needs(), CONSENT, TALAT_CENTRE, REGISTERED_ON, recording(1)));
    }

    @Test
    void consent_needs_its_date_and_purpose_and_comes_before_the_registration() {
        expectInvalid(f -> f.lawfulBasis = LawfulBasis.consent(null, PURPOSE), "lawfulBasis.consentedOn",
                "required");
        expectInvalid(f -> f.lawfulBasis = LawfulBasis.consent(CONSENTED_ON, " "), "lawfulBasis.purpose",
                "required");
        expectInvalid(f -> f.lawfulBasis = LawfulBasis.consent(REGISTERED_ON.plusDays(1), PURPOSE),
                "lawfulBasis.consentedOn", "consent-before-registration");
        expectInvalid(f -> f.lawfulBasis = LawfulBasis.consent(CONSENTED_ON, "ก".repeat(WorkerRules.PURPOSE_MAX + 1)),
                "lawfulBasis.purpose", "size");
        // Consent on the registration day itself is in time.
        fixture.givenNoPriorActivity()
                .when(somsriWith(f -> f.lawfulBasis = LawfulBasis.consent(REGISTERED_ON, PURPOSE)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_public_task_carries_no_consent_date_or_purpose() {
        expectInvalid(f -> f.lawfulBasis = new LawfulBasis(LawfulBasis.Kind.PUBLIC_TASK, CONSENTED_ON, null),
                "lawfulBasis.consentedOn", "consent-only");
        expectInvalid(f -> f.lawfulBasis = new LawfulBasis(LawfulBasis.Kind.PUBLIC_TASK, null, PURPOSE),
                "lawfulBasis.purpose", "consent-only");
    }

    @Test
    void the_registering_centre_is_named_by_its_centre_id() {
        expectInvalid(f -> f.centreId = "840101-2563", "centreId", "centre-id-format");
    }

    private void expectInvalid(Consumer<Form> change, String field, String rule) {
        fixture.givenNoPriorActivity()
                .when(somsriWith(change))
                .expectException(invalidValue(field, rule))
                .expectNoEvents();
    }

    @Test
    void a_person_the_register_holds_is_refused_naming_only_the_centre_that_holds_them() {
        RegistryInMemory registry = new RegistryInMemory()
                .holding(NATIONAL_ID, "worker-00000000-0000-4000-8000-000000000001", MAKHAM_TIA_CENTRE);
        workerFixture(registry)
                .givenNoPriorActivity()
                .when(registerSomsri())
                .expectException(NationalIdAlreadyRegistered.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString(MAKHAM_TIA_CENTRE),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(FIRST_NAME)),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(NATIONAL_ID_DIGITS))))
                .expectNoEvents();
    }

    @Test
    void a_registration_claims_the_national_id_for_the_worker_and_the_centre() {
        RegistryInMemory registry = new RegistryInMemory();
        workerFixture(registry)
                .givenNoPriorActivity()
                .when(registerSomsri())
                .expectSuccessfulHandlerExecution();
        org.assertj.core.api.Assertions.assertThat(registry.holds(NATIONAL_ID)).isTrue();
        org.assertj.core.api.Assertions.assertThat(registry.centreOf(WORKER_ID)).isEqualTo(TALAT_CENTRE);
    }

    @Test
    void a_refused_registration_claims_nothing() {
        RegistryInMemory registry = new RegistryInMemory();
        workerFixture(registry)
                .givenNoPriorActivity()
                .when(somsriWith(f -> f.firstName = "Somsri"))
                .expectException(invalidValue("firstName", "thai-script"));
        org.assertj.core.api.Assertions.assertThat(registry.holds(NATIONAL_ID)).isFalse();
    }
}
