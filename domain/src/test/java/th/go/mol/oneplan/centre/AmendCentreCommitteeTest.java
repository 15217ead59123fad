package th.go.mol.oneplan.centre;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static th.go.mol.oneplan.centre.SuratThaniCentres.*;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;

/** An amendment adds and removes committee members; the committee it leaves keeps the composition rules. */
class AmendCentreCommitteeTest {
    private static final LocalDate AMENDED_ON = LocalDate.of(2020, 2, 3);
    private static final CommitteeMember NEW_VOLUNTEER = new CommitteeMember("นายชาตรี อาสา", CommitteeRole.DATA,
            true, false, null);
    private static final CommitteeMember PR = new CommitteeMember("นางสาวสุดา ประกาศ",
            CommitteeRole.PUBLIC_RELATIONS, false, false, null);

    private FixtureConfiguration<TambonCentre> fixture;

    @BeforeEach
    void setUp() {
        fixture = centreFixture();
    }

    private static AmendCentreCommittee amend(List<CommitteeMember> added, List<String> removed, String reason) {
        return new AmendCentreCommittee(TALAT_CENTRE, added, removed, reason, AMENDED_ON, recording(4));
    }

    private static CentreCommitteeAmended amended(List<CommitteeMember> added, List<String> removed, String reason) {
        return new CentreCommitteeAmended(TALAT_CENTRE, added, removed, reason, AMENDED_ON, recording(4));
    }

    @Test
    void a_public_relations_member_joins_the_committee() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(amend(List.of(PR), null, "the committee needs public relations"))
                .expectEvents(amended(List.of(PR), List.of(), "the committee needs public relations"));
    }

    @Test
    void the_labour_volunteer_is_replaced_in_one_amendment() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(amend(List.of(NEW_VOLUNTEER), List.of(VOLUNTEER.name()), "the volunteer moved away"))
                .expectEvents(amended(List.of(NEW_VOLUNTEER), List.of(VOLUNTEER.name()), "the volunteer moved away"));
    }

    @Test
    void the_chair_changes_role_by_being_removed_and_added_again_with_a_new_chair() {
        CommitteeMember formerChair = new CommitteeMember(CHAIR.name(), CommitteeRole.ADVISOR, false, false, null);
        CommitteeMember newChair = new CommitteeMember("นางสมศรี นำทาง", CommitteeRole.CHAIR, false, false, null);
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(amend(List.of(formerChair, newChair), List.of(CHAIR.name()), "a new chair was elected"))
                .expectEvents(amended(List.of(formerChair, newChair), List.of(CHAIR.name()),
                        "a new chair was elected"));
    }

    @Test
    void removing_the_only_labour_volunteer_is_refused() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(amend(null, List.of(VOLUNTEER.name()), "resigned"))
                .expectException(brokenRule("committee-needs-labour-volunteer"))
                .expectNoEvents();
    }

    @Test
    void removing_the_volunteer_who_replaced_the_first_one_is_refused_too() {
        fixture.given(talatEstablished(), talatCommitteeAppointed(),
                        amended(List.of(NEW_VOLUNTEER), List.of(VOLUNTEER.name()), "the volunteer moved away"))
                .when(amend(null, List.of(NEW_VOLUNTEER.name()), "resigned"))
                .expectException(brokenRule("committee-needs-labour-volunteer"));
    }

    @Test
    void removing_the_local_government_representative_is_refused() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(amend(List.of(PR), List.of(LOCAL_GOVERNMENT.name()), "the council changed"))
                .expectException(brokenRule("committee-needs-local-government"));
    }

    @Test
    void a_second_chair_is_refused_and_the_chair_cannot_just_leave() {
        CommitteeMember secondChair = new CommitteeMember("นายสมปอง ประธานสอง", CommitteeRole.CHAIR, false, false,
                null);
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(amend(List.of(secondChair), null, "a co-chair"))
                .expectException(brokenRule("committee-one-chair"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(amend(null, List.of(CHAIR.name()), "resigned"))
                .expectException(brokenRule("committee-one-chair"));
    }

    @Test
    void only_current_members_are_removed_and_members_are_not_added_twice() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(amend(null, List.of("นายไม่มี ชื่อนี้"), "a mistake"))
                .expectException(brokenRule("current-member"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(amend(List.of(TREASURER), null, "again"))
                .expectException(brokenRule("unique-member"));
    }

    @Test
    void a_centre_without_a_committee_has_nothing_to_amend() {
        fixture.given(talatEstablished())
                .when(amend(List.of(PR), null, "joins"))
                .expectException(brokenRule("committee-not-appointed"));
    }

    @Test
    void an_amendment_changes_someone_and_says_why() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(amend(List.of(), List.of(), "nothing"))
                .expectException(invalidValue("membersAdded", "required"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(amend(List.of(PR), null, " "))
                .expectException(invalidValue("reason", "required"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(amend(null, List.of(" "), "blank"))
                .expectException(invalidValue("membersRemoved[0]", "required"));
    }

    @Test
    void an_amendment_cannot_precede_the_appointment_nor_the_day_it_is_recorded() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(new AmendCentreCommittee(TALAT_CENTRE, List.of(PR), null, "joins", APPOINTED_ON.minusDays(1),
                        recording(4)))
                .expectException(brokenRule("amendment-before-appointment"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(new AmendCentreCommittee(TALAT_CENTRE, List.of(PR), null, "joins", LocalDate.of(2020, 2, 11),
                        recording(4)))
                .expectException(invalidValue("amendedOn", "not-in-future"));
    }
}
