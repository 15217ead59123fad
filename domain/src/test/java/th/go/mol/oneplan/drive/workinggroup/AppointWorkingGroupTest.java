package th.go.mol.oneplan.drive.workinggroup;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.drive.kpi.Evidence;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/** Step 2: the pracharat working group is appointed by a signed provincial order. This is KPI level 1. */
class AppointWorkingGroupTest {
    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static AppointWorkingGroup appoint(String order, LocalDate on, String signedBy, List<Member> members,
                                               boolean lateRecord) {
        return new AppointWorkingGroup(DRIVE_ID, order, on, signedBy, members, lateRecord, recording(APPOINTED));
    }

    private static List<Member> without(Member... left) {
        List<Member> members = new ArrayList<>(WORKING_GROUP);
        members.removeAll(List.of(left));
        return members;
    }

    @Test
    void a_signed_order_with_government_private_and_people_members_reaches_level_1_on_the_order_date() {
        fixture.given(through(AGENDA_SELECTED))
                .when(appointWorkingGroup())
                .expectEvents(
                        new WorkingGroupAppointed(DRIVE_ID, "92-2562/4", "45/2562", "ผู้ว่าราชการจังหวัดตรัง",
                                WORKING_GROUP, LocalDate.of(2019, 1, 7), false, recording(APPOINTED)),
                        new KpiLevelReached(DRIVE_ID, "92-2562/5", 1, LocalDate.of(2019, 1, 7),
                                List.of(new Evidence("92-2562/4", "WorkingGroupAppointed", LocalDate.of(2019, 1, 7),
                                        "order 45/2562")),
                                "92-2562/4", false, recording(APPOINTED)));
    }

    @Test
    void the_working_group_can_be_appointed_before_any_agenda_item_is_chosen() {
        fixture.given(through(STARTED))
                .when(appointWorkingGroup())
                .expectEvents(
                        new WorkingGroupAppointed(DRIVE_ID, "92-2562/2", ORDER, SIGNED_BY, WORKING_GROUP,
                                ORDER_SIGNED_ON, false, recording(APPOINTED)),
                        new KpiLevelReached(DRIVE_ID, "92-2562/3", 1, ORDER_SIGNED_ON,
                                List.of(new Evidence("92-2562/2", "WorkingGroupAppointed", ORDER_SIGNED_ON,
                                        "order 45/2562")),
                                "92-2562/2", false, recording(APPOINTED)));
    }

    @Test
    void records_the_order_number_signer_and_member_texts_without_surrounding_spaces() {
        Member paddedHead = new Member(" Provincial Labour head ", " แรงงานจังหวัดตรัง ", " สำนักงานแรงงานจังหวัดตรัง ",
                Sector.GOVERNMENT, MemberRole.HEAD);
        List<Member> members = List.of(VICE_GOVERNOR, paddedHead, SME_REPRESENTATIVE, VOLUNTEERS_CHAIR);

        fixture.given(through(AGENDA_SELECTED))
                .when(appoint(" 45/2562 ", ORDER_SIGNED_ON, " " + SIGNED_BY + " ", members, false))
                .expectEvents(
                        new WorkingGroupAppointed(DRIVE_ID, "92-2562/4", ORDER, SIGNED_BY,
                                List.of(VICE_GOVERNOR, LABOUR_HEAD, SME_REPRESENTATIVE, VOLUNTEERS_CHAIR),
                                ORDER_SIGNED_ON, false, recording(APPOINTED)),
                        level1Reached());
    }

    @Test
    void refuses_to_appoint_the_working_group_twice() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(appointWorkingGroup())
                .expectException(brokenRule("working-group-already-appointed"))
                .expectExceptionMessage(containsString("change its membership with an amendment"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_order_that_nobody_signed() {
        fixture.given(through(AGENDA_SELECTED))
                .when(appoint(ORDER, ORDER_SIGNED_ON, "  ", WORKING_GROUP, false))
                .expectException(brokenRule("order-must-be-signed"))
                .expectExceptionMessage(containsString("level 1 needs a signed provincial order: say who signed order 45/2562"))
                .expectNoEvents();
        fixture.given(through(AGENDA_SELECTED))
                .when(appoint(ORDER, ORDER_SIGNED_ON, null, WORKING_GROUP, false))
                .expectException(brokenRule("order-must-be-signed"));
    }

    @Test
    void refuses_a_working_group_without_a_private_sector_member() {
        fixture.given(through(AGENDA_SELECTED))
                .when(appoint(ORDER, ORDER_SIGNED_ON, SIGNED_BY, without(SME_REPRESENTATIVE), false))
                .expectException(brokenRule("working-group-three-sectors"))
                .expectExceptionMessage(containsString("none from [PRIVATE]"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_working_group_of_government_officials_only() {
        fixture.given(through(AGENDA_SELECTED))
                .when(appoint(ORDER, ORDER_SIGNED_ON, SIGNED_BY, without(SME_REPRESENTATIVE, VOLUNTEERS_CHAIR), false))
                .expectException(brokenRule("working-group-three-sectors"))
                .expectExceptionMessage(containsString("none from [PRIVATE, PEOPLE]"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_working_group_without_a_head() {
        fixture.given(through(AGENDA_SELECTED))
                .when(appoint(ORDER, ORDER_SIGNED_ON, SIGNED_BY, without(LABOUR_HEAD), false))
                .expectException(brokenRule("working-group-head"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_order_without_a_number() {
        fixture.given(through(AGENDA_SELECTED))
                .when(appoint(" ", ORDER_SIGNED_ON, SIGNED_BY, WORKING_GROUP, false))
                .expectException(invalidValue("orderNumber", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_order_without_members() {
        fixture.given(through(AGENDA_SELECTED))
                .when(appoint(ORDER, ORDER_SIGNED_ON, SIGNED_BY, List.of(), false))
                .expectException(invalidValue("members", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_member_listed_twice() {
        List<Member> members = new ArrayList<>(WORKING_GROUP);
        members.add(VOLUNTEERS_CHAIR);

        fixture.given(through(AGENDA_SELECTED))
                .when(appoint(ORDER, ORDER_SIGNED_ON, SIGNED_BY, members, false))
                .expectException(invalidValue("members[11].name", "unique-member"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_member_without_name_sector_role_position_or_organisation() {
        Member noName = new Member(" ", "x", "y", Sector.PEOPLE, MemberRole.MEMBER);
        Member noSector = new Member("A", "x", "y", null, MemberRole.MEMBER);
        Member noRole = new Member("A", "x", "y", Sector.PEOPLE, null);
        Member noPosition = new Member("A", null, "y", Sector.PEOPLE, MemberRole.MEMBER);
        Member noOrganisation = new Member("A", "x", "", Sector.PEOPLE, MemberRole.MEMBER);

        expectRefusedMember(noName, "members[1].name");
        expectRefusedMember(noSector, "members[1].sector");
        expectRefusedMember(noRole, "members[1].role");
        expectRefusedMember(noPosition, "members[1].position");
        expectRefusedMember(noOrganisation, "members[1].organisation");
        fixture.given(through(AGENDA_SELECTED))
                .when(appoint(ORDER, ORDER_SIGNED_ON, SIGNED_BY, java.util.Arrays.asList(LABOUR_HEAD, null), false))
                .expectException(invalidValue("members[1]", "required"));
    }

    private void expectRefusedMember(Member member, String field) {
        fixture.given(through(AGENDA_SELECTED))
                .when(appoint(ORDER, ORDER_SIGNED_ON, SIGNED_BY, List.of(LABOUR_HEAD, member), false))
                .expectException(invalidValue(field, "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_order_dated_outside_the_fiscal_year_unless_recorded_as_late() {
        fixture.given(through(AGENDA_SELECTED))
                .when(appoint(ORDER, LocalDate.of(2018, 9, 28), SIGNED_BY, WORKING_GROUP, false))
                .expectException(brokenRule("date-outside-fiscal-year"))
                .expectExceptionMessage(containsString("orderDate 2018-09-28 is outside fiscal year 2562"))
                .expectNoEvents();
    }

    @Test
    void a_late_recorded_order_from_before_the_fiscal_year_reaches_level_1_flagged_late() {
        LocalDate lastSeptember = LocalDate.of(2018, 9, 28);

        fixture.given(through(AGENDA_SELECTED))
                .when(appoint(ORDER, lastSeptember, SIGNED_BY, WORKING_GROUP, true))
                .expectEvents(
                        new WorkingGroupAppointed(DRIVE_ID, "92-2562/4", ORDER, SIGNED_BY, WORKING_GROUP, lastSeptember,
                                true, recording(APPOINTED)),
                        new KpiLevelReached(DRIVE_ID, "92-2562/5", 1, lastSeptember,
                                List.of(new Evidence("92-2562/4", "WorkingGroupAppointed", lastSeptember,
                                        "order 45/2562")),
                                "92-2562/4", true, recording(APPOINTED)));
    }

    @Test
    void refuses_an_order_dated_after_the_day_it_is_recorded() {
        fixture.given(through(AGENDA_SELECTED))
                .when(appoint(ORDER, LocalDate.of(2019, 10, 2), SIGNED_BY, WORKING_GROUP, true))
                .expectException(invalidValue("orderDate", "not-in-future"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_order_without_a_date() {
        fixture.given(through(AGENDA_SELECTED))
                .when(appoint(ORDER, null, SIGNED_BY, WORKING_GROUP, false))
                .expectException(invalidValue("orderDate", "required"))
                .expectNoEvents();
    }
}
