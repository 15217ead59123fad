package th.go.mol.oneplan.drive.plan;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.drive.kpi.Evidence;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingType;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAppointed;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * Step 3: the working group approves a plan version at a recorded working-group meeting. The first approval
 * reaches KPI level 2, on the meeting's date.
 */
class ApprovePlanTest {
    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static MeetingRecorded meeting(int position, String number, MeetingType type, LocalDate on,
                                           boolean lateRecord) {
        return new MeetingRecorded(DRIVE_ID, id(position), number, type, VICE_GOVERNOR.name(), List.of(), List.of(),
                on, lateRecord, recording(position));
    }

    private static PlanDrafted drafted(int position, LocalDate on) {
        return new PlanDrafted(DRIVE_ID, id(position), 1, ONE_GOAL, PLAN_V1, on, false, recording(position));
    }

    private static ApprovePlan approve(int version, String meetingNumber, boolean lateRecord) {
        return new ApprovePlan(DRIVE_ID, version, meetingNumber, lateRecord, recording(PLAN_APPROVED));
    }

    @Test
    void meeting_1_2562_approves_version_1_and_level_2_is_reached_on_2019_01_15() {
        fixture.given(through(MEETING_1_HELD))
                .when(approve(1, "1/2562", false))
                .expectEvents(
                        new PlanApproved(DRIVE_ID, "92-2562/8", 1, "1/2562", "92-2562/7", LocalDate.of(2019, 1, 15),
                                false, recording(PLAN_APPROVED)),
                        new KpiLevelReached(DRIVE_ID, "92-2562/9", 2, LocalDate.of(2019, 1, 15), List.of(
                                new Evidence("92-2562/6", "PlanDrafted", LocalDate.of(2019, 1, 10), "One Plan version 1"),
                                new Evidence("92-2562/7", "MeetingRecorded", LocalDate.of(2019, 1, 15), "meeting 1/2562"),
                                new Evidence("92-2562/8", "PlanApproved", LocalDate.of(2019, 1, 15),
                                        "One Plan version 1 approved at meeting 1/2562")),
                                "92-2562/8", false, recording(PLAN_APPROVED)));
    }

    @Test
    void approving_the_revised_version_2_keeps_level_2_on_the_first_approval() {
        fixture.given(through(MEETING_2_HELD))
                .when(approvePlanV2())
                .expectEvents(new PlanApproved(DRIVE_ID, "92-2562/17", 2, "2/2562", "92-2562/16",
                        LocalDate.of(2019, 4, 17), false, recording(REVISION_APPROVED)));
    }

    @Test
    void a_meeting_held_the_day_the_order_is_signed_can_approve_the_plan() {
        LocalDate sameDay = LocalDate.of(2019, 1, 10);
        WorkingGroupAppointed appointed = new WorkingGroupAppointed(DRIVE_ID, id(2), ORDER, SIGNED_BY, WORKING_GROUP,
                sameDay, false, recording(2));
        KpiLevelReached level1 = new KpiLevelReached(DRIVE_ID, id(3), 1, sameDay,
                List.of(new Evidence(id(2), "WorkingGroupAppointed", sameDay, "order 45/2562")), id(2), false,
                recording(2));

        fixture.given(driveStarted(), appointed, level1, drafted(4, sameDay),
                        meeting(5, MEETING_1, MeetingType.WORKING_GROUP, sameDay, false))
                .when(approve(1, MEETING_1, false))
                .expectEvents(
                        new PlanApproved(DRIVE_ID, id(6), 1, MEETING_1, id(5), sameDay, false, recording(PLAN_APPROVED)),
                        new KpiLevelReached(DRIVE_ID, id(7), 2, sameDay, List.of(
                                new Evidence(id(4), "PlanDrafted", sameDay, "One Plan version 1"),
                                new Evidence(id(5), "MeetingRecorded", sameDay, "meeting 1/2562"),
                                new Evidence(id(6), "PlanApproved", sameDay,
                                        "One Plan version 1 approved at meeting 1/2562")),
                                id(6), false, recording(PLAN_APPROVED)));
    }

    @Test
    void refuses_to_approve_when_no_plan_is_drafted() {
        fixture.given(through(LEVEL_1_REACHED))
                .andGiven(meeting(6, MEETING_1, MeetingType.WORKING_GROUP, MEETING_1_HELD_ON, false))
                .when(approve(1, MEETING_1, false))
                .expectException(brokenRule("plan-not-drafted"))
                .expectExceptionMessage(containsString("there is no One Plan to approve: draft it first"))
                .expectNoEvents();
    }

    @Test
    void refuses_to_approve_version_1_once_version_2_is_written() {
        fixture.given(through(MEETING_2_HELD))
                .when(approve(1, MEETING_2, false))
                .expectException(brokenRule("approve-latest-version"))
                .expectExceptionMessage(containsString("only the latest plan version (2) can be approved, not version 1"))
                .expectNoEvents();
    }

    @Test
    void refuses_to_approve_a_version_that_does_not_exist_yet() {
        fixture.given(through(MEETING_1_HELD))
                .when(approve(2, MEETING_1, false))
                .expectException(brokenRule("approve-latest-version"))
                .expectNoEvents();
    }

    @Test
    void refuses_to_approve_the_same_version_twice() {
        fixture.given(through(LEVEL_2_REACHED))
                .andGiven(meeting(10, "2/2562", MeetingType.WORKING_GROUP, LocalDate.of(2019, 1, 20), false))
                .when(approve(1, "2/2562", false))
                .expectException(brokenRule("plan-version-already-approved"))
                .expectExceptionMessage(containsString("plan version 1 is already approved"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_approval_at_a_meeting_that_is_not_recorded() {
        fixture.given(through(PLAN_DRAFTED))
                .when(approve(1, MEETING_1, false))
                .expectException(brokenRule("meeting-not-recorded"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_approval_cited_by_a_malformed_meeting_number() {
        fixture.given(through(MEETING_1_HELD))
                .when(approve(1, "meeting one", false))
                .expectException(invalidValue("meetingNumber", "meeting-number-format"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_approval_at_the_heads_of_agencies_meeting_only_the_working_group_approves() {
        fixture.given(through(PLAN_DRAFTED))
                .when(approve(1, HEADS_MEETING, false))
                .expectException(brokenRule("approval-at-working-group-meeting"))
                .expectExceptionMessage(containsString("meeting 11/2561 is a HEADS_OF_AGENCIES meeting"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_approval_when_no_working_group_is_appointed() {
        fixture.given(driveStarted(), drafted(2, PLAN_DRAFTED_ON),
                        meeting(3, MEETING_1, MeetingType.WORKING_GROUP, MEETING_1_HELD_ON, false))
                .when(approve(1, MEETING_1, false))
                .expectException(brokenRule("approval-needs-working-group"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_approval_at_a_meeting_held_before_the_working_group_was_appointed() {
        LocalDate beforeTheOrder = LocalDate.of(2019, 1, 5);

        fixture.given(driveStarted(), drafted(2, LocalDate.of(2019, 1, 3)),
                        meeting(3, MEETING_1, MeetingType.WORKING_GROUP, beforeTheOrder, false))
                .andGiven(new WorkingGroupAppointed(DRIVE_ID, id(4), ORDER, SIGNED_BY, WORKING_GROUP, ORDER_SIGNED_ON,
                        false, recording(4)))
                .when(approve(1, MEETING_1, false))
                .expectException(brokenRule("approval-needs-working-group"))
                .expectExceptionMessage(containsString("meeting 1/2562 was held on 2019-01-05"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_approval_by_a_working_group_that_lacks_a_sector() {
        // As recorded before the three-sector rule: an order without the people sector is not level 1.
        WorkingGroupAppointed withoutPeople = new WorkingGroupAppointed(DRIVE_ID, id(2), ORDER, SIGNED_BY,
                List.of(VICE_GOVERNOR, LABOUR_HEAD, SME_REPRESENTATIVE), ORDER_SIGNED_ON, false, recording(2));

        fixture.given(driveStarted(), withoutPeople, drafted(3, PLAN_DRAFTED_ON),
                        meeting(4, MEETING_1, MeetingType.WORKING_GROUP, MEETING_1_HELD_ON, false))
                .when(approve(1, MEETING_1, false))
                .expectException(brokenRule("approval-needs-working-group"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_approval_at_a_meeting_held_before_the_version_was_drafted() {
        fixture.given(through(LEVEL_1_REACHED))
                .andGiven(meeting(6, MEETING_1, MeetingType.WORKING_GROUP, LocalDate.of(2019, 1, 8), false),
                        drafted(7, PLAN_DRAFTED_ON))
                .when(approve(1, MEETING_1, false))
                .expectException(brokenRule("approval-before-draft"))
                .expectExceptionMessage(containsString("meeting 1/2562 on 2019-01-08 precedes plan version 1 of 2019-01-10"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_approval_at_a_meeting_after_the_fiscal_year_unless_recorded_as_late() {
        LocalDate afterTheYear = LocalDate.of(2019, 10, 1);

        fixture.given(through(PLAN_DRAFTED))
                .andGiven(meeting(7, MEETING_1, MeetingType.WORKING_GROUP, afterTheYear, true))
                .when(approve(1, MEETING_1, false))
                .expectException(brokenRule("date-outside-fiscal-year"))
                .expectExceptionMessage(containsString("meetingDate 2019-10-01 is outside fiscal year 2562"))
                .expectNoEvents();
    }

    @Test
    void a_late_recorded_approval_after_the_fiscal_year_reaches_level_2_flagged_late() {
        LocalDate afterTheYear = LocalDate.of(2019, 10, 1);

        fixture.given(through(PLAN_DRAFTED))
                .andGiven(meeting(7, MEETING_1, MeetingType.WORKING_GROUP, afterTheYear, true))
                .when(approve(1, MEETING_1, true))
                .expectEvents(
                        new PlanApproved(DRIVE_ID, id(8), 1, MEETING_1, id(7), afterTheYear, true,
                                recording(PLAN_APPROVED)),
                        new KpiLevelReached(DRIVE_ID, id(9), 2, afterTheYear, List.of(
                                new Evidence(id(6), "PlanDrafted", PLAN_DRAFTED_ON, "One Plan version 1"),
                                new Evidence(id(7), "MeetingRecorded", afterTheYear, "meeting 1/2562"),
                                new Evidence(id(8), "PlanApproved", afterTheYear,
                                        "One Plan version 1 approved at meeting 1/2562")),
                                id(8), true, recording(PLAN_APPROVED)));
    }
}
