package th.go.mol.oneplan.drive.correction;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.drive.budget.BudgetReallocated;
import th.go.mol.oneplan.drive.fieldwork.ActivityRecorded;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.drive.workinggroup.Member;
import th.go.mol.oneplan.drive.workinggroup.MemberRole;
import th.go.mol.oneplan.drive.workinggroup.Sector;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAmended;

import java.time.LocalDate;
import java.util.List;

import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * A correction is held to every rule the act was recorded under, read on the act as it would be after it, with the
 * same refusal as the original command would get: 400 for a bad value, named {@code corrections.<field>}, and 409
 * for a rule of the drive's record. Given Trang's FY 2562 drive through level 5, one case per kind of act.
 */
class CorrectionRulesTest {
    private static final LocalDate FOUND_ON = LocalDate.of(2019, 9, 25);
    private static final String TOO_LONG_NAME = "ก".repeat(201);

    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static CorrectRecord correct(int position, String field, String value) {
        return new CorrectRecord(DRIVE_ID, id(position), "typed wrong", List.of(new FieldCorrection(field, value)),
                FOUND_ON, false, recording(99));
    }

    private void refused(int position, String field, String value, org.hamcrest.Matcher<Throwable> refusal) {
        fixture.given(through(LEVEL_5_REACHED))
                .when(correct(position, field, value))
                .expectException(refusal)
                .expectNoEvents();
    }

    @Test
    void the_lead_officer_keeps_a_name_within_the_apis_limit() {
        refused(STARTED, "leadOfficer.name", " ", invalidValue("corrections.leadOfficer.name", "required"));
        refused(STARTED, "leadOfficer.position", TOO_LONG_NAME, invalidValue("corrections.leadOfficer.position", "size"));
    }

    @Test
    void an_agenda_selection_keeps_a_date_that_is_not_in_the_future() {
        refused(AGENDA_SELECTED, "businessDate", "2019-10-02", invalidValue("corrections.businessDate", "not-in-future"));
    }

    @Test
    void the_appointing_order_keeps_its_number_and_stays_before_its_amendments() {
        refused(APPOINTED, "orderNumber", "", invalidValue("corrections.orderNumber", "required"));
        refused(APPOINTED, "signedBy", TOO_LONG_NAME, invalidValue("corrections.signedBy", "size"));
        Member volunteer = new Member("Labour volunteer of Wang Maprang Nuea", "อาสาสมัครแรงงาน", "อาสาสมัครแรงงาน",
                Sector.PEOPLE, MemberRole.MEMBER);
        fixture.given(through(LEVEL_5_REACHED))
                .andGiven(new WorkingGroupAmended(DRIVE_ID, id(21), "112/2562", List.of(volunteer), List.of(),
                        "a volunteer joins", LocalDate.of(2019, 2, 1), false, recording(21)))
                .when(correct(APPOINTED, "orderDate", "2019-02-02"))
                .expectException(brokenRule("amendment-before-appointment"))
                .expectNoEvents();
    }

    @Test
    void an_amendment_keeps_its_order_number_within_the_limit_and_follows_the_appointment() {
        Member volunteer = new Member("Labour volunteer of Wang Maprang Nuea", "อาสาสมัครแรงงาน", "อาสาสมัครแรงงาน",
                Sector.PEOPLE, MemberRole.MEMBER);
        WorkingGroupAmended amended = new WorkingGroupAmended(DRIVE_ID, id(21), "112/2562", List.of(volunteer),
                List.of(), "a volunteer joins", LocalDate.of(2019, 2, 1), false, recording(21));
        fixture.given(through(LEVEL_5_REACHED)).andGiven(amended)
                .when(correct(21, "orderNumber", "1".repeat(101)))
                .expectException(invalidValue("corrections.orderNumber", "size"));
        fixture.given(through(LEVEL_5_REACHED)).andGiven(amended)
                .when(correct(21, "orderDate", "2019-01-06"))
                .expectException(brokenRule("amendment-before-appointment"));
    }

    @Test
    void a_meeting_keeps_its_chair_and_an_approval_at_it_stays_after_the_version_it_approved() {
        refused(MEETING_1_HELD, "chair", "  ", invalidValue("corrections.chair", "required"));
        refused(MEETING_1_HELD, "meetingDate", "2019-01-09", brokenRule("approval-before-draft"));
    }

    @Test
    void a_draft_keeps_its_goal_and_stays_before_its_approval() {
        refused(PLAN_DRAFTED, "oneGoal", "", invalidValue("corrections.oneGoal", "required"));
        refused(PLAN_DRAFTED, "oneGoal", "ก".repeat(4001), invalidValue("corrections.oneGoal", "size"));
        refused(PLAN_DRAFTED, "writtenOn", "2019-01-16", brokenRule("approval-before-draft"));
        refused(PLAN_DRAFTED, "draftedOn", "2019-10-02", invalidValue("corrections.draftedOn", "not-in-future"));
        refused(PLAN_DRAFTED, "writtenOn", "2018-09-30", brokenRule("date-outside-fiscal-year"));
    }

    @Test
    void a_revision_keeps_its_reason_and_stays_between_the_version_it_revises_and_its_approval() {
        refused(PLAN_REVISED, "reason", " ", invalidValue("corrections.reason", "required"));
        refused(PLAN_REVISED, "writtenOn", "2019-01-09", brokenRule("revision-before-version"));
        refused(PLAN_REVISED, "revisedOn", "2019-04-18", brokenRule("approval-before-draft"));
        refused(PLAN_REVISED, "writtenOn", "2019-10-02", invalidValue("corrections.writtenOn", "not-in-future"));
    }

    @Test
    void a_field_visit_keeps_its_venue_and_counts_and_its_day_under_a_plan_that_lists_its_project_and_site() {
        refused(FIRST_VISIT, "venue", "", invalidValue("corrections.venue", "required"));
        refused(FIRST_VISIT, "venue", "ก".repeat(501), invalidValue("corrections.venue", "size"));
        refused(FIRST_VISIT, "peopleReached", "1000001", invalidValue("corrections.peopleReached", "max"));
        refused(FIRST_VISIT, "amountSpent", "100000000000.01", invalidValue("corrections.amountSpent", "baht-range"));
        refused(FIRST_VISIT, "visitDate", "2019-01-14", brokenRule("field-visit-needs-approved-plan"));
        // After the revision was approved on 17 April, project P3 went to Wang Maprang Nuea only, not Bang Kung:
        // a visit moved there is recorded as corrected and flagged outside the plan in force, not refused.
        fixture.given(through(LEVEL_5_REACHED))
                .when(correct(FIRST_VISIT, "visitDate", "2019-05-01"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_visits_venue_stays_correctable_after_the_order_was_found_unsigned_and_the_levels_lost() {
        FieldCorrection unsigned = new FieldCorrection("signedBy", "");
        fixture.given(through(LEVEL_5_REACHED))
                .andGiven(new RecordCorrected(DRIVE_ID, id(21), id(APPOINTED), "WorkingGroupAppointed", "unsigned",
                        List.of(unsigned), FOUND_ON, false, recording(99)))
                .when(correct(FIRST_VISIT, "venue", "ศาลาประชาคมบางกุ้ง"))
                .expectSuccessfulHandlerExecution();
        // Moving its date, though, is held to the plan in force on the new day: there is none now.
        fixture.given(through(LEVEL_5_REACHED))
                .andGiven(new RecordCorrected(DRIVE_ID, id(21), id(APPOINTED), "WorkingGroupAppointed", "unsigned",
                        List.of(unsigned), FOUND_ON, false, recording(99)))
                .when(correct(FIRST_VISIT, "visitDate", "2019-02-14"))
                .expectException(brokenRule("field-visit-needs-approved-plan"));
    }

    @Test
    void an_activity_keeps_its_description_and_counts_and_cannot_move_before_its_project_was_approved() {
        ActivityRecorded groupFormed = new ActivityRecorded(DRIVE_ID, id(21), WANG_MAPRANG_NUEA, "วังมะปรางเหนือ", 30,
                0L, Agency.PROVINCIAL_LABOUR_OFFICE, "P5", "occupation group formed", LocalDate.of(2019, 6, 1), false,
                recording(21));
        fixture.given(through(LEVEL_5_REACHED)).andGiven(groupFormed)
                .when(correct(21, "description", " "))
                .expectException(invalidValue("corrections.description", "required"));
        fixture.given(through(LEVEL_5_REACHED)).andGiven(groupFormed)
                .when(correct(21, "participants", "2000000"))
                .expectException(invalidValue("corrections.participants", "max"));
        // P5 is a project of version 2 only, approved on 17 April.
        fixture.given(through(LEVEL_5_REACHED)).andGiven(groupFormed)
                .when(correct(21, "activityDate", "2019-03-01"))
                .expectException(brokenRule("project-of-approved-plan"))
                .expectNoEvents();
    }

    @Test
    void a_reallocation_keeps_its_reason() {
        AllocationRef central = new AllocationRef(BudgetSource.CENTRAL_MINISTRY, Agency.PROVINCIAL_LABOUR_OFFICE, null);
        fixture.given(through(LEVEL_5_REACHED))
                .andGiven(new BudgetReallocated(DRIVE_ID, id(21), "P3", "P5", 1_000_00L, "more for the group",
                        LocalDate.of(2019, 6, 2), false, recording(21), central, central))
                .when(correct(21, "reason", ""))
                .expectException(invalidValue("corrections.reason", "required"))
                .expectNoEvents();
    }

    @Test
    void an_inspection_keeps_its_inspector_and_findings() {
        refused(INSPECTED, "inspector", TOO_LONG_NAME, invalidValue("corrections.inspector", "size"));
        refused(INSPECTED, "findings", "", invalidValue("corrections.findings", "required"));
    }

    @Test
    void a_monthly_report_keeps_its_summary_and_is_not_sent_before_its_months() {
        refused(FEBRUARY_REPORTED, "summary", " ", invalidValue("corrections.summary", "required"));
        refused(FEBRUARY_REPORTED, "letterNumber", "1".repeat(101), invalidValue("corrections.letterNumber", "size"));
        refused(FEBRUARY_REPORTED, "submittedOn", "2019-01-31", brokenRule("report-before-period"));
    }

    @Test
    void the_one_goal_summary_keeps_its_results_and_counts_and_follows_level_4() {
        refused(SUMMARY_SENT, "results", "", invalidValue("corrections.results", "required"));
        refused(SUMMARY_SENT, "letterNumber", "", invalidValue("corrections.letterNumber", "required"));
        refused(SUMMARY_SENT, "peopleReached", "100000001", invalidValue("corrections.peopleReached", "max"));
        refused(SUMMARY_SENT, "submittedOn", "2019-03-04", brokenRule("level-5-needs-level-4"));
    }
}
