package th.go.mol.oneplan.centre;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.geography.ThaiGeography;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Surat Thani's pilot programme of FY 2563 (the province of the source, 19 districts, one pilot tambon each) and
 * its first centre, in Tambon Talat of Mueang Surat Thani (840101), as commands and the events they record.
 */
final class SuratThaniCentres {
    static final ThaiGeography GEOGRAPHY = ThaiGeography.load();
    static final int SURAT_THANI = 84;
    static final String PROGRAMME_ID = "pilot-84-2563";
    static final String PROGRAMME_NAME = "โครงการนำร่องศูนย์พัฒนาคุณภาพชีวิตแรงงานนอกระบบระดับตำบล จังหวัดสุราษฎร์ธานี";
    static final LocalDate DECLARED_ON = LocalDate.of(2019, 11, 15);
    static final LocalDate DESIGNATED_ON = LocalDate.of(2019, 12, 2);
    static final LocalDate ESTABLISHED_ON = LocalDate.of(2020, 1, 6);
    static final LocalDate APPOINTED_ON = LocalDate.of(2020, 1, 20);

    /** Tambon Talat, Mueang Surat Thani district (8401). */
    static final int TALAT = 840101;
    static final String TALAT_CENTRE = "centre-840101-2563";
    static final Venue TALAT_HALL = new Venue(VenueKind.VILLAGE_HALL, "ศาลาอเนกประสงค์ หมู่ที่ 2");

    static final CommitteeMember CHAIR = new CommitteeMember("นายสมชาย ใจดี", CommitteeRole.CHAIR, false, false,
            "กลุ่มเกษตรอินทรีย์ตำบลตลาด");
    static final CommitteeMember VOLUNTEER = new CommitteeMember("นางสาวมาลี ขยันงาน", CommitteeRole.DATA, true, false,
            null);
    static final CommitteeMember LOCAL_GOVERNMENT = new CommitteeMember("นายประเสริฐ รักถิ่น", CommitteeRole.ADVISOR,
            false, true, "เทศบาลเมืองสุราษฎร์ธานี");
    static final CommitteeMember TREASURER = new CommitteeMember("นางวันดี ออมทรัพย์", CommitteeRole.TREASURER, false,
            false, "กลุ่ม OTOP ตำบลตลาด");
    static final List<CommitteeMember> COMMITTEE = List.of(CHAIR, VOLUNTEER, LOCAL_GOVERNMENT, TREASURER);

    static final LocalDate PLAN_SUBMITTED_ON = LocalDate.of(2020, 1, 31);
    /** Talat's plan of FY 2563: one item for each of its three topics, each asking another funder. */
    static final List<PlanItem> PLAN_ITEMS = List.of(
            new PlanItem(PlanItemCategory.OCCUPATION_AND_INCOME, "อบรมการแปรรูปผลผลิตเกษตรอินทรีย์", 150_000_00L,
                    FundingSource.PROVINCIAL_DEVELOPMENT_BUDGET, null),
            new PlanItem(PlanItemCategory.OCCUPATIONAL_HEALTH, "ตรวจสุขภาพและอบรมการใช้สารเคมีอย่างปลอดภัย",
                    80_000_00L, FundingSource.THAIHEALTH, null),
            new PlanItem(PlanItemCategory.SOCIAL_SECURITY_SECTION_40, "รณรงค์สมัครประกันสังคมมาตรา 40",
                    20_000_00L, FundingSource.LOCAL_GOVERNMENT, null));

    /** A worker of the register; the centre's records name workers by this id alone. */
    static final String WORKER = "worker-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f";
    static final LocalDate GRIEVANCE_ON = LocalDate.of(2020, 2, 3);

    private SuratThaniCentres() {
    }

    static FixtureConfiguration<PilotProgramme> programmeFixture() {
        FixtureConfiguration<PilotProgramme> fixture = new AggregateTestFixture<>(PilotProgramme.class);
        fixture.registerInjectableResource(GEOGRAPHY);
        return fixture;
    }

    static FixtureConfiguration<TambonCentre> centreFixture() {
        FixtureConfiguration<TambonCentre> fixture = new AggregateTestFixture<>(TambonCentre.class);
        fixture.registerInjectableResource(GEOGRAPHY);
        return fixture;
    }

    /** The n-th command recorded, all on 10 February 2020 (Bangkok). */
    static Recording recording(int n) {
        return new Recording("labour.officer@surat", Instant.parse("2020-02-10T03:00:00Z"), "c-" + n);
    }

    static DeclarePilotProgramme declare() {
        return new DeclarePilotProgramme(PROGRAMME_ID, SURAT_THANI, 2563, PROGRAMME_NAME, DECLARED_ON, recording(1));
    }

    static PilotProgrammeDeclared declared() {
        return new PilotProgrammeDeclared(PROGRAMME_ID, SURAT_THANI, "สุราษฎร์ธานี", 2563, PROGRAMME_NAME,
                DECLARED_ON, recording(1));
    }

    /** The centre id a province would choose for the pilot in this subdistrict. */
    static String centreIn(int subdistrictCode) {
        return "centre-" + subdistrictCode + "-2563";
    }

    static DesignatePilotCentre designate(int subdistrictCode) {
        return new DesignatePilotCentre(PROGRAMME_ID, centreIn(subdistrictCode), subdistrictCode, DESIGNATED_ON,
                recording(subdistrictCode));
    }

    static PilotCentreDesignated designated(int subdistrictCode) {
        return new PilotCentreDesignated(PROGRAMME_ID, centreIn(subdistrictCode), subdistrictCode,
                GEOGRAPHY.subdistrict(subdistrictCode).orElseThrow().nameTh(), subdistrictCode / 100, DESIGNATED_ON,
                recording(subdistrictCode));
    }

    static EstablishTambonCentre establishTalat() {
        return new EstablishTambonCentre(TALAT_CENTRE, TALAT, TALAT_HALL, ESTABLISHED_ON, true, PROGRAMME_ID,
                recording(2));
    }

    static TambonCentreEstablished talatEstablished() {
        return new TambonCentreEstablished(TALAT_CENTRE, TALAT, "ตลาด", 8401, SURAT_THANI, TALAT_HALL, true,
                PROGRAMME_ID, ESTABLISHED_ON, recording(2));
    }

    static CentreCommitteeAppointed talatCommitteeAppointed() {
        return new CentreCommitteeAppointed(TALAT_CENTRE, COMMITTEE, APPOINTED_ON, recording(3));
    }

    /** Talat's first plan, submitted with {@link #recording recording(6)}. */
    static QualityOfLifePlanSubmitted talatPlanSubmitted() {
        return new QualityOfLifePlanSubmitted(TALAT_CENTRE, "plan-1", 2563, PLAN_ITEMS, PLAN_SUBMITTED_ON,
                recording(6));
    }

    /** Talat's first grievance, recorded with {@link #recording recording(10)}. */
    static GrievanceRecorded talatGrievanceRecorded() {
        return new GrievanceRecorded(TALAT_CENTRE, "grievance-1", WORKER, GrievanceTopic.SOCIAL_SECURITY, null,
                GrievanceChannel.IN_PERSON, GRIEVANCE_ON, recording(10));
    }
}
