package th.go.mol.oneplan.drive.plan;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/** Step 3: the One Plan is drafted (version 1): the One Goal and its projects, budgets and pilot sites. */
class DraftPlanTest {
    private static final PlanProject EMPLOYMENT_TRAINING = PLAN_V1.get(1);

    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static DraftPlan draft(List<PlanProject> projects) {
        return new DraftPlan(DRIVE_ID, ONE_GOAL, projects, PLAN_DRAFTED_ON, false, recording(PLAN_DRAFTED));
    }

    private static PlanProject project(String code, Agency agency, String partner, int headcount, List<Integer> sites,
                                       long budgetSatang, BudgetSource source) {
        return new PlanProject(code, "ฝึกอาชีพ", agency, partner, "informal workers", headcount, sites, budgetSatang,
                source);
    }

    private void expectRefused(List<PlanProject> projects, String field, String rule) {
        fixture.given(through(LEVEL_1_REACHED))
                .when(draft(projects))
                .expectException(invalidValue(field, rule))
                .expectNoEvents();
    }

    @Test
    void trangs_one_plan_of_311_200_baht_is_drafted_as_version_1_which_alone_does_not_reach_level_2() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(draftPlan())
                .expectEvents(new PlanDrafted(DRIVE_ID, "92-2562/6", 1, ONE_GOAL, PLAN_V1, LocalDate.of(2019, 1, 10),
                        false, recording(PLAN_DRAFTED)));
    }

    @Test
    void records_project_texts_stripped_and_each_pilot_site_once() {
        PlanProject typed = new PlanProject(" P4 ", " ให้ความรู้การออม ", Agency.PARTNER, "  สำนักงานพัฒนาชุมชนจังหวัดตรัง ",
                " informal workers ", 100, List.of(BANG_KUNG, KANTANG, BANG_KUNG), 0L, BudgetSource.OTHER);
        PlanProject recorded = new PlanProject("P4", "ให้ความรู้การออม", Agency.PARTNER, "สำนักงานพัฒนาชุมชนจังหวัดตรัง",
                "informal workers", 100, List.of(BANG_KUNG, KANTANG), 0L, BudgetSource.OTHER);
        PlanProject ministryProjectWithBlankPartner = project("P2", Agency.EMPLOYMENT_OFFICE, " ", 20, List.of(), 1L,
                BudgetSource.CENTRAL_MINISTRY);

        fixture.given(through(LEVEL_1_REACHED))
                .when(draft(List.of(typed, ministryProjectWithBlankPartner)))
                .expectEvents(new PlanDrafted(DRIVE_ID, "92-2562/6", 1, ONE_GOAL, List.of(recorded,
                        project("P2", Agency.EMPLOYMENT_OFFICE, null, 20, List.of(), 1L, BudgetSource.CENTRAL_MINISTRY)),
                        PLAN_DRAFTED_ON, false, recording(PLAN_DRAFTED)));
    }

    @Test
    void the_plan_can_be_drafted_before_the_working_group_is_appointed() {
        fixture.given(through(AGENDA_SELECTED))
                .when(draftPlan())
                .expectEvents(new PlanDrafted(DRIVE_ID, "92-2562/4", 1, ONE_GOAL, PLAN_V1, PLAN_DRAFTED_ON, false,
                        recording(PLAN_DRAFTED)));
    }

    @Test
    void refuses_a_second_draft_a_new_version_is_a_revision_with_its_reason() {
        fixture.given(through(PLAN_DRAFTED))
                .when(draftPlan())
                .expectException(brokenRule("plan-already-drafted"))
                .expectExceptionMessage(containsString("write a new version as a revision"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_plan_without_a_one_goal() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(new DraftPlan(DRIVE_ID, " ", PLAN_V1, PLAN_DRAFTED_ON, false, recording(PLAN_DRAFTED)))
                .expectException(invalidValue("oneGoal", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_plan_without_projects() {
        expectRefused(List.of(), "projects", "required");
        expectRefused(null, "projects", "required");
        expectRefused(Arrays.asList(EMPLOYMENT_TRAINING, null), "projects[1]", "required");
    }

    @Test
    void refuses_two_projects_with_the_same_code() {
        expectRefused(List.of(PLAN_V1.get(0), PLAN_V1.get(1), PLAN_V1.get(0)), "projects[2].projectCode",
                "unique-project-code");
    }

    @Test
    void refuses_a_project_without_a_code_name_target_group_owner_or_budget_source() {
        expectRefused(List.of(new PlanProject(" ", "n", Agency.EMPLOYMENT_OFFICE, null, "t", 1, List.of(), 0,
                BudgetSource.OTHER)), "projects[0].projectCode", "required");
        expectRefused(List.of(new PlanProject("P1", " ", Agency.EMPLOYMENT_OFFICE, null, "t", 1, List.of(), 0,
                BudgetSource.OTHER)), "projects[0].name", "required");
        expectRefused(List.of(new PlanProject("P1", "n", Agency.EMPLOYMENT_OFFICE, null, null, 1, List.of(), 0,
                BudgetSource.OTHER)), "projects[0].targetGroup", "required");
        expectRefused(List.of(new PlanProject("P1", "n", null, null, "t", 1, List.of(), 0,
                BudgetSource.OTHER)), "projects[0].owningAgency", "required");
        expectRefused(List.of(new PlanProject("P1", "n", Agency.EMPLOYMENT_OFFICE, null, "t", 1, List.of(), 0,
                null)), "projects[0].allocations[0].budgetSource", "required");
    }

    @Test
    void refuses_a_partner_project_that_does_not_name_the_partner() {
        expectRefused(List.of(project("P4", Agency.PARTNER, " ", 100, List.of(BANG_KUNG), 0L, BudgetSource.OTHER)),
                "projects[0].partnerAgency", "required");
    }

    @Test
    void refuses_a_negative_budget_or_headcount() {
        expectRefused(List.of(project("P1", Agency.EMPLOYMENT_OFFICE, null, 20, List.of(), -1L,
                BudgetSource.CENTRAL_MINISTRY)), "projects[0].allocations[0].amount", "not-negative");
        expectRefused(List.of(project("P1", Agency.EMPLOYMENT_OFFICE, null, -20, List.of(), 35_000_00L,
                BudgetSource.CENTRAL_MINISTRY)), "projects[0].targetHeadcount", "not-negative");
    }

    @Test
    void refuses_a_pilot_site_in_another_province() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(draft(List.of(project("P1", Agency.EMPLOYMENT_OFFICE, null, 20,
                        List.of(WANG_MAPRANG_NUEA, TALAT_SURAT_THANI), 35_000_00L, BudgetSource.CENTRAL_MINISTRY))))
                .expectException(invalidValue("projects[0].pilotSites", "subdistrict-in-province"))
                .expectExceptionMessage(containsString("subdistrict 840101 (ตลาด) is not in province 92"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_pilot_site_code_that_is_no_thai_subdistrict() {
        expectRefused(List.of(project("P1", Agency.EMPLOYMENT_OFFICE, null, 20, List.of(929999), 35_000_00L,
                BudgetSource.CENTRAL_MINISTRY)), "projects[0].pilotSites", "thai-subdistrict");
        // A district code is not a subdistrict code.
        expectRefused(List.of(project("P1", Agency.EMPLOYMENT_OFFICE, null, 20, List.of(9207), 35_000_00L,
                BudgetSource.CENTRAL_MINISTRY)), "projects[0].pilotSites", "thai-subdistrict");
    }

    @Test
    void refuses_a_draft_dated_outside_the_fiscal_year_unless_recorded_as_late() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(new DraftPlan(DRIVE_ID, ONE_GOAL, PLAN_V1, LocalDate.of(2018, 9, 15), false,
                        recording(PLAN_DRAFTED)))
                .expectException(brokenRule("date-outside-fiscal-year"))
                .expectExceptionMessage(containsString("writtenOn 2018-09-15"))
                .expectNoEvents();
        fixture.given(through(LEVEL_1_REACHED))
                .when(new DraftPlan(DRIVE_ID, ONE_GOAL, PLAN_V1, LocalDate.of(2018, 9, 15), true,
                        recording(PLAN_DRAFTED)))
                .expectEvents(new PlanDrafted(DRIVE_ID, "92-2562/6", 1, ONE_GOAL, PLAN_V1, LocalDate.of(2018, 9, 15),
                        true, recording(PLAN_DRAFTED)));
    }

    @Test
    void refuses_a_draft_dated_after_the_day_it_is_recorded() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(new DraftPlan(DRIVE_ID, ONE_GOAL, PLAN_V1, LocalDate.of(2019, 10, 2), true,
                        recording(PLAN_DRAFTED)))
                .expectException(invalidValue("writtenOn", "not-in-future"))
                .expectNoEvents();
    }
}
