package th.go.mol.oneplan.register;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.geography.ThaiGeography;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Nang Somsri Rakngan, a rubber tapper of Tambon Talat (840101, Mueang Surat Thani), registered by the Talat pilot
 * centre on 3 February 2020 with her consent, as the commands a centre sends and the events they record.
 */
final class TalatWorkers {
    static final ThaiGeography GEOGRAPHY = ThaiGeography.load();
    static final String WORKER_ID = "worker-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f";
    static final String TALAT_CENTRE = "centre-840101-2563";
    static final int TALAT = 840101;
    static final String MAKHAM_TIA_CENTRE = "centre-840102-2563";
    static final int MAKHAM_TIA = 840102;
    static final String NATIONAL_ID_DIGITS = "1103702071811";
    static final NationalId NATIONAL_ID = NationalId.parse(NATIONAL_ID_DIGITS, "nationalId");
    static final String FIRST_NAME = "สมศรี";
    static final String LAST_NAME = "รักงาน";
    static final LocalDate BORN = LocalDate.of(1975, 5, 14);
    static final String PHONE = "0812345678";
    static final LocalDate CONSENTED_ON = LocalDate.of(2020, 2, 1);
    static final String PURPOSE = "ทะเบียนแรงงานนอกระบบของศูนย์ฯ ตำบล เพื่อรับบริการจากหน่วยงานภาครัฐ";
    static final LawfulBasis CONSENT = LawfulBasis.consent(CONSENTED_ON, PURPOSE);
    static final LocalDate REGISTERED_ON = LocalDate.of(2020, 2, 3);
    static final Address HOME = new Address("12/3", 2, TALAT);
    static final PersonalData SOMSRI = new PersonalData(NATIONAL_ID, FIRST_NAME, LAST_NAME, BORN, PHONE, "12/3", 2);

    private TalatWorkers() {
    }

    static FixtureConfiguration<RegisteredWorker> workerFixture() {
        return workerFixture(new RegistryInMemory());
    }

    /** A fixture whose national-id registry is {@code registry}, to see what a command claims and releases. */
    static FixtureConfiguration<RegisteredWorker> workerFixture(RegistryInMemory registry) {
        FixtureConfiguration<RegisteredWorker> fixture = new AggregateTestFixture<>(RegisteredWorker.class);
        fixture.registerInjectableResource(GEOGRAPHY);
        fixture.registerInjectableResource(registry);
        return fixture;
    }

    /** The n-th command recorded, all on 10 February 2020 (Bangkok). */
    static Recording recording(int n) {
        return new Recording("volunteer@talat", Instant.parse("2020-02-10T03:00:00Z"), "w-" + n);
    }

    static RegisterWorker registerSomsri() {
        return new RegisterWorker(WORKER_ID, NATIONAL_ID, Title.MRS, FIRST_NAME, LAST_NAME, BORN, HOME,
                OccupationGroup.RUBBER_OIL_PALM, Education.PRIMARY, "081-234-5678",
                List.of(Problem.LOW_INCOME, Problem.WORK_SAFETY_AND_HEALTH),
                List.of(Need.SOCIAL_SECURITY, Need.OCCUPATIONAL_HEALTH), CONSENT, TALAT_CENTRE, REGISTERED_ON,
                recording(1));
    }

    static WorkerRegistered somsriRegistered() {
        return new WorkerRegistered(WORKER_ID, SOMSRI, Title.MRS, Sex.FEMALE, AgeBand.AGE_40_59, TALAT, 8401, 84,
                OccupationGroup.RUBBER_OIL_PALM, Education.PRIMARY,
                List.of(Problem.LOW_INCOME, Problem.WORK_SAFETY_AND_HEALTH),
                List.of(Need.SOCIAL_SECURITY, Need.OCCUPATIONAL_HEALTH), CONSENT, TALAT_CENTRE, REGISTERED_ON,
                recording(1));
    }

    /** Somsri moved to house 45 of village 5 in Tambon Makham Tia on 8 February 2020. */
    static WorkerMoved somsriMovedToMakhamTia() {
        return new WorkerMoved(WORKER_ID, new PersonalData(NATIONAL_ID, FIRST_NAME, LAST_NAME, BORN, PHONE, "45", 5),
                MAKHAM_TIA, 8401, 84, MAKHAM_TIA_CENTRE, TALAT, TALAT_CENTRE, LocalDate.of(2020, 2, 8), recording(3));
    }
}
