package th.go.mol.oneplan.centre;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static th.go.mol.oneplan.centre.SuratThaniCentres.*;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;

/**
 * A centre's committee is appointed: exactly one chair, at least one tambon labour volunteer (อสร.) and a
 * representative of the local government (อปท.).
 */
class AppointCentreCommitteeTest {
    private FixtureConfiguration<TambonCentre> fixture;

    @BeforeEach
    void setUp() {
        fixture = centreFixture();
    }

    private static AppointCentreCommittee appoint(List<CommitteeMember> members) {
        return new AppointCentreCommittee(TALAT_CENTRE, members, APPOINTED_ON, recording(3));
    }

    @Test
    void a_committee_with_a_chair_a_labour_volunteer_and_a_local_government_representative_is_appointed() {
        fixture.given(talatEstablished())
                .when(appoint(COMMITTEE))
                .expectEvents(talatCommitteeAppointed());
    }

    @Test
    void one_person_may_be_both_the_labour_volunteer_and_the_local_government_representative() {
        CommitteeMember both = new CommitteeMember("นายสมศักดิ์ สองหน้าที่", CommitteeRole.SECRETARY, true, true,
                "อบต.ตลาด");
        fixture.given(talatEstablished())
                .when(appoint(List.of(CHAIR, both)))
                .expectEvents(new CentreCommitteeAppointed(TALAT_CENTRE, List.of(CHAIR, both), APPOINTED_ON,
                        recording(3)));
    }

    @Test
    void a_committee_without_a_tambon_labour_volunteer_is_refused() {
        fixture.given(talatEstablished())
                .when(appoint(List.of(CHAIR, LOCAL_GOVERNMENT, TREASURER)))
                .expectException(brokenRule("committee-needs-labour-volunteer"))
                .expectNoEvents();
    }

    @Test
    void a_committee_without_a_local_government_representative_is_refused() {
        fixture.given(talatEstablished())
                .when(appoint(List.of(CHAIR, VOLUNTEER, TREASURER)))
                .expectException(brokenRule("committee-needs-local-government"))
                .expectNoEvents();
    }

    @Test
    void a_committee_has_exactly_one_chair() {
        fixture.given(talatEstablished())
                .when(appoint(List.of(VOLUNTEER, LOCAL_GOVERNMENT, TREASURER)))
                .expectException(brokenRule("committee-one-chair"));
        CommitteeMember secondChair = new CommitteeMember("นายสมปอง ประธานสอง", CommitteeRole.CHAIR, false, false,
                null);
        fixture.given(talatEstablished())
                .when(appoint(List.of(CHAIR, secondChair, VOLUNTEER, LOCAL_GOVERNMENT)))
                .expectException(brokenRule("committee-one-chair"));
    }

    @Test
    void a_centre_has_one_committee_appointment_then_amendments() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(appoint(COMMITTEE))
                .expectException(brokenRule("committee-already-appointed"));
    }

    @Test
    void a_committee_cannot_be_appointed_before_the_centre_was_established() {
        fixture.given(talatEstablished())
                .when(new AppointCentreCommittee(TALAT_CENTRE, COMMITTEE, ESTABLISHED_ON.minusDays(1), recording(3)))
                .expectException(brokenRule("committee-before-establishment"));
    }

    @Test
    void the_appointment_date_is_required_and_not_later_than_the_day_it_is_recorded() {
        fixture.given(talatEstablished())
                .when(new AppointCentreCommittee(TALAT_CENTRE, COMMITTEE, null, recording(3)))
                .expectException(invalidValue("appointedOn", "required"));
        fixture.given(talatEstablished())
                .when(new AppointCentreCommittee(TALAT_CENTRE, COMMITTEE, LocalDate.of(2020, 2, 11), recording(3)))
                .expectException(invalidValue("appointedOn", "not-in-future"));
    }

    @Test
    void every_member_is_named_once_with_a_role() {
        fixture.given(talatEstablished())
                .when(appoint(List.of()))
                .expectException(invalidValue("members", "required"));
        fixture.given(talatEstablished())
                .when(appoint(List.of(CHAIR, new CommitteeMember(" ", CommitteeRole.MEMBER, true, false, null))))
                .expectException(invalidValue("members[1].name", "required"));
        fixture.given(talatEstablished())
                .when(appoint(List.of(CHAIR, new CommitteeMember("นายดำ", null, true, false, null))))
                .expectException(invalidValue("members[1].role", "required"));
        fixture.given(talatEstablished())
                .when(appoint(List.of(CHAIR, VOLUNTEER, CHAIR)))
                .expectException(invalidValue("members[2].name", "unique-member"));
    }

    @Test
    void a_local_government_representative_names_their_local_government() {
        CommitteeMember unnamed = new CommitteeMember("นายประเสริฐ รักถิ่น", CommitteeRole.ADVISOR, false, true, "");
        fixture.given(talatEstablished())
                .when(appoint(List.of(CHAIR, VOLUNTEER, unnamed)))
                .expectException(invalidValue("members[2].organisation", "required"));
    }
}
