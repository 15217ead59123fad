package th.go.mol.oneplan.drive.plan;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * A new version of the One Plan is written with its reason, e.g. the inspector's recommendation to narrow
 * Trang's plan to one site. It needs approval again; until then the approved version stays in force.
 */
class RevisePlanTest {
    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static RevisePlan revise(String reason, String inspectionEventId, List<PlanProject> projects,
                                     LocalDate on, boolean lateRecord) {
        return new RevisePlan(DRIVE_ID, reason, inspectionEventId, ONE_GOAL, projects, on, lateRecord,
                recording(PLAN_REVISED));
    }

    @Test
    void the_inspectors_advice_narrows_the_plan_to_wang_maprang_nuea_as_version_2_and_level_2_stays() {
        fixture.given(through(INSPECTED))
                .when(revise(REVISION_REASON, "92-2562/14", PLAN_V2, LocalDate.of(2019, 4, 17), false))
                .expectEvents(new PlanRevised(DRIVE_ID, "92-2562/15", 2, 1, REVISION_REASON, "92-2562/14", ONE_GOAL,
                        PLAN_V2, LocalDate.of(2019, 4, 17), false, recording(PLAN_REVISED)));
    }

    @Test
    void a_revision_need_not_cite_an_inspection() {
        fixture.given(through(INSPECTED))
                .when(revise("agencies agreed on one site", " ", PLAN_V2, PLAN_REVISED_ON, false))
                .expectEvents(new PlanRevised(DRIVE_ID, "92-2562/15", 2, 1, "agencies agreed on one site", null,
                        ONE_GOAL, PLAN_V2, PLAN_REVISED_ON, false, recording(PLAN_REVISED)));
    }

    @Test
    void a_draft_not_yet_approved_can_be_revised_too() {
        fixture.given(through(PLAN_DRAFTED))
                .when(revise("budget figures corrected before the meeting", null, PLAN_V1, LocalDate.of(2019, 1, 12),
                        false))
                .expectEvents(new PlanRevised(DRIVE_ID, "92-2562/7", 2, 1,
                        "budget figures corrected before the meeting", null, ONE_GOAL, PLAN_V1,
                        LocalDate.of(2019, 1, 12), false, recording(PLAN_REVISED)));
    }

    @Test
    void a_second_revision_writes_version_3_revising_version_2() {
        fixture.given(through(REVISION_APPROVED))
                .when(revise("add a second occupation group", null, PLAN_V2, LocalDate.of(2019, 5, 10), false))
                .expectEvents(new PlanRevised(DRIVE_ID, "92-2562/18", 3, 2, "add a second occupation group", null,
                        ONE_GOAL, PLAN_V2, LocalDate.of(2019, 5, 10), false, recording(PLAN_REVISED)));
    }

    @Test
    void refuses_a_revision_when_no_plan_is_drafted() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(revise(REVISION_REASON, null, PLAN_V2, PLAN_REVISED_ON, false))
                .expectException(brokenRule("plan-not-drafted"))
                .expectExceptionMessage(containsString("there is no One Plan to revise: draft it first"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_revision_without_a_reason() {
        fixture.given(through(INSPECTED))
                .when(revise("  ", "92-2562/14", PLAN_V2, PLAN_REVISED_ON, false))
                .expectException(invalidValue("reason", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_revision_dated_before_the_version_it_revises() {
        fixture.given(through(INSPECTED))
                .when(revise(REVISION_REASON, null, PLAN_V2, LocalDate.of(2019, 1, 9), false))
                .expectException(brokenRule("revision-before-version"))
                .expectExceptionMessage(containsString("cannot precede version 1 of 2019-01-10"))
                .expectNoEvents();
    }

    @Test
    void refuses_to_cite_as_its_inspection_an_event_that_is_not_an_inspection() {
        fixture.given(through(INSPECTED))
                .when(revise(REVISION_REASON, "92-2562/7", PLAN_V2, PLAN_REVISED_ON, false))
                .expectException(brokenRule("recorded-inspection"))
                .expectExceptionMessage(containsString("92-2562/7 is not a recorded inspection of this drive"))
                .expectNoEvents();
    }

    @Test
    void refuses_to_cite_an_inspection_that_is_not_recorded() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(revise(REVISION_REASON, "92-2562/14", PLAN_V2, PLAN_REVISED_ON, false))
                .expectException(brokenRule("recorded-inspection"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_revision_without_a_one_goal() {
        fixture.given(through(INSPECTED))
                .when(new RevisePlan(DRIVE_ID, REVISION_REASON, null, null, PLAN_V2, PLAN_REVISED_ON, false,
                        recording(PLAN_REVISED)))
                .expectException(invalidValue("oneGoal", "required"))
                .expectNoEvents();
    }

    @Test
    void checks_the_revised_projects_like_a_draft_pilot_sites_inside_trang() {
        PlanProject suratThaniSite = new PlanProject("P5", "กลุ่มอาชีพ", Agency.PROVINCIAL_LABOUR_OFFICE, null,
                "one occupation group", 30, List.of(TALAT_SURAT_THANI), 21_000_00L, BudgetSource.CENTRAL_MINISTRY);

        fixture.given(through(INSPECTED))
                .when(revise(REVISION_REASON, null, List.of(suratThaniSite), PLAN_REVISED_ON, false))
                .expectException(invalidValue("projects[0].pilotSites", "subdistrict-in-province"))
                .expectNoEvents();
        fixture.given(through(INSPECTED))
                .when(revise(REVISION_REASON, null, List.of(), PLAN_REVISED_ON, false))
                .expectException(invalidValue("projects", "required"));
    }

    @Test
    void refuses_a_revision_dated_outside_the_fiscal_year_unless_recorded_as_late() {
        fixture.given(through(INSPECTED))
                .when(revise(REVISION_REASON, null, PLAN_V2, LocalDate.of(2019, 10, 1), false))
                .expectException(brokenRule("date-outside-fiscal-year"))
                .expectNoEvents();
        fixture.given(through(INSPECTED))
                .when(revise(REVISION_REASON, null, PLAN_V2, LocalDate.of(2019, 10, 1), true))
                .expectEvents(new PlanRevised(DRIVE_ID, "92-2562/15", 2, 1, REVISION_REASON, null, ONE_GOAL, PLAN_V2,
                        LocalDate.of(2019, 10, 1), true, recording(PLAN_REVISED)));
    }

    @Test
    void refuses_a_revision_dated_after_the_day_it_is_recorded() {
        fixture.given(through(INSPECTED))
                .when(revise(REVISION_REASON, null, PLAN_V2, LocalDate.of(2019, 10, 2), true))
                .expectException(invalidValue("writtenOn", "not-in-future"))
                .expectNoEvents();
    }
}
