package th.go.mol.oneplan.drive.workinggroup;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.drive.kpi.Evidence;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/** An amending provincial order adds members to, or removes members from, the appointed working group. */
class AmendWorkingGroupTest {
    private static final LocalDate AMENDED_ON = LocalDate.of(2019, 2, 1);
    private static final Member TAMBON_VOLUNTEER = new Member("Labour volunteer of Wang Maprang Nuea",
            "อาสาสมัครแรงงานตำบลวังมะปรางเหนือ", "อาสาสมัครแรงงาน (อสร.)", Sector.PEOPLE, MemberRole.MEMBER);
    private static final Member NEW_HEAD = new Member("New Provincial Labour head", "แรงงานจังหวัดตรัง",
            "สำนักงานแรงงานจังหวัดตรัง", Sector.GOVERNMENT, MemberRole.HEAD);

    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static AmendWorkingGroup amend(LocalDate on, List<Member> added, List<String> removed, String reason) {
        return new AmendWorkingGroup(DRIVE_ID, "112/2562", on, added, removed, reason, false, recording(6));
    }

    @Test
    void an_amendment_adding_a_tambon_volunteer_is_recorded_and_level_1_stays_on_the_order_date() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(amend(AMENDED_ON, List.of(TAMBON_VOLUNTEER), List.of(), "a volunteer of the chosen tambon joins"))
                .expectEvents(new WorkingGroupAmended(DRIVE_ID, "92-2562/6", "112/2562", List.of(TAMBON_VOLUNTEER),
                        List.of(), "a volunteer of the chosen tambon joins", AMENDED_ON, false, recording(6)));
    }

    @Test
    void the_head_can_be_replaced_in_one_amendment() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(amend(AMENDED_ON, List.of(NEW_HEAD), List.of(LABOUR_HEAD.name()), "the head retired"))
                .expectEvents(new WorkingGroupAmended(DRIVE_ID, "92-2562/6", "112/2562", List.of(NEW_HEAD),
                        List.of(LABOUR_HEAD.name()), "the head retired", AMENDED_ON, false, recording(6)));
    }

    @Test
    void an_amendment_without_an_order_number_is_recorded_without_one() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(new AmendWorkingGroup(DRIVE_ID, null, AMENDED_ON, List.of(TAMBON_VOLUNTEER), null, "joins",
                        false, recording(6)))
                .expectEvents(new WorkingGroupAmended(DRIVE_ID, "92-2562/6", null, List.of(TAMBON_VOLUNTEER),
                        List.of(), "joins", AMENDED_ON, false, recording(6)));
    }

    @Test
    void an_amendment_that_completes_the_three_sectors_reaches_level_1_on_its_own_date() {
        // An appointment without the people sector, as recorded before the three-sector rule (the drive
        // refuses such an appointment now): the amendment adding the people sector reaches level 1.
        WorkingGroupAppointed withoutPeople = new WorkingGroupAppointed(DRIVE_ID, "92-2562/2", ORDER, SIGNED_BY,
                List.of(VICE_GOVERNOR, LABOUR_HEAD, SME_REPRESENTATIVE), ORDER_SIGNED_ON, false, recording(2));

        fixture.given(driveStarted(), withoutPeople)
                .when(amend(AMENDED_ON, List.of(VOLUNTEERS_CHAIR), List.of(), "the people sector was missing"))
                .expectEvents(
                        new WorkingGroupAmended(DRIVE_ID, "92-2562/3", "112/2562", List.of(VOLUNTEERS_CHAIR),
                                List.of(), "the people sector was missing", AMENDED_ON, false, recording(6)),
                        new KpiLevelReached(DRIVE_ID, "92-2562/4", 1, AMENDED_ON, List.of(
                                new Evidence("92-2562/2", "WorkingGroupAppointed", ORDER_SIGNED_ON, "order 45/2562"),
                                new Evidence("92-2562/3", "WorkingGroupAmended", AMENDED_ON, "order 112/2562")),
                                "92-2562/3", false, recording(6)));
    }

    @Test
    void refuses_an_amendment_when_no_working_group_is_appointed() {
        fixture.given(through(AGENDA_SELECTED))
                .when(amend(AMENDED_ON, List.of(TAMBON_VOLUNTEER), List.of(), "joins"))
                .expectException(brokenRule("working-group-not-appointed"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_amendment_dated_before_the_appointing_order() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(amend(LocalDate.of(2019, 1, 6), List.of(TAMBON_VOLUNTEER), List.of(), "joins"))
                .expectException(brokenRule("amendment-before-appointment"))
                .expectExceptionMessage(containsString("cannot precede the appointing order of 2019-01-07"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_amendment_that_removes_the_only_people_sector_member() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(amend(AMENDED_ON, List.of(), List.of(VOLUNTEERS_CHAIR.name()), "resigned"))
                .expectException(brokenRule("working-group-three-sectors"))
                .expectExceptionMessage(containsString("none from [PEOPLE]"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_amendment_that_removes_the_only_private_sector_member() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(amend(AMENDED_ON, List.of(), List.of(SME_REPRESENTATIVE.name()), "resigned"))
                .expectException(brokenRule("working-group-three-sectors"))
                .expectExceptionMessage(containsString("none from [PRIVATE]"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_amendment_that_leaves_the_working_group_without_a_head() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(amend(AMENDED_ON, List.of(), List.of(LABOUR_HEAD.name()), "retired"))
                .expectException(brokenRule("working-group-head"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_amendment_that_changes_nobody() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(amend(AMENDED_ON, List.of(), List.of(), "nothing"))
                .expectException(invalidValue("membersAdded", "required"))
                .expectNoEvents();
        fixture.given(through(LEVEL_1_REACHED))
                .when(amend(AMENDED_ON, null, null, "nothing"))
                .expectException(invalidValue("membersAdded", "required"));
    }

    @Test
    void refuses_to_remove_someone_who_is_not_a_member() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(amend(AMENDED_ON, List.of(), List.of("Provincial Governor"), "left"))
                .expectException(brokenRule("current-member"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_blank_name_among_the_members_removed() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(amend(AMENDED_ON, List.of(TAMBON_VOLUNTEER), List.of(" "), "left"))
                .expectException(invalidValue("membersRemoved", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_to_add_someone_who_is_already_a_member() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(amend(AMENDED_ON, List.of(SME_REPRESENTATIVE), List.of(), "again"))
                .expectException(brokenRule("unique-member"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_added_member_without_a_sector() {
        Member noSector = new Member("Someone", "x", "y", null, MemberRole.MEMBER);

        fixture.given(through(LEVEL_1_REACHED))
                .when(amend(AMENDED_ON, List.of(noSector), List.of(), "joins"))
                .expectException(invalidValue("membersAdded[0].sector", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_amendment_without_a_reason() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(amend(AMENDED_ON, List.of(TAMBON_VOLUNTEER), List.of(), " "))
                .expectException(invalidValue("reason", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_amendment_dated_outside_the_fiscal_year_unless_recorded_as_late() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(new AmendWorkingGroup(DRIVE_ID, "112/2562", LocalDate.of(2019, 10, 1), List.of(TAMBON_VOLUNTEER),
                        List.of(), "joins", false, recording(6)))
                .expectException(brokenRule("date-outside-fiscal-year"))
                .expectNoEvents();
        fixture.given(through(LEVEL_1_REACHED))
                .when(new AmendWorkingGroup(DRIVE_ID, "112/2562", LocalDate.of(2019, 10, 1), List.of(TAMBON_VOLUNTEER),
                        List.of(), "joins", true, recording(6)))
                .expectEvents(new WorkingGroupAmended(DRIVE_ID, "92-2562/6", "112/2562", List.of(TAMBON_VOLUNTEER),
                        List.of(), "joins", LocalDate.of(2019, 10, 1), true, recording(6)));
    }

    @Test
    void refuses_an_amendment_dated_after_the_day_it_is_recorded() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(new AmendWorkingGroup(DRIVE_ID, "112/2562", LocalDate.of(2019, 10, 2), List.of(TAMBON_VOLUNTEER),
                        List.of(), "joins", true, recording(6)))
                .expectException(invalidValue("orderDate", "not-in-future"))
                .expectNoEvents();
    }
}
