package th.go.mol.oneplan.drive.budget;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.fieldwork.ActivityRecorded;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.fieldwork.LogFieldVisit;
import th.go.mol.oneplan.drive.fieldwork.RecordActivity;
import th.go.mol.oneplan.drive.kpi.Evidence;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.drive.plan.PlanApproved;
import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.drive.plan.PlanRevised;
import th.go.mol.oneplan.drive.plan.RevisePlan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * Money of the One Plan: activities and field visits spend from their project's allocation, never more than
 * remains; a reallocation moves remaining money between projects; a revision states the allocations again.
 */
class BudgetRulesTest {
    private static final LocalDate JUNE_12 = LocalDate.of(2019, 6, 12);
    private static final LocalDate FEBRUARY_1 = LocalDate.of(2019, 2, 1);
    private static final String ELDERLY_BATCH = "ฝึกอาชีพผู้สูงอายุ รุ่นที่ 7 (20 คน)";

    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    static final AllocationRef SKILL_CENTRAL = new AllocationRef(BudgetSource.CENTRAL_MINISTRY,
            Agency.SKILL_DEVELOPMENT_OFFICE, null);
    static final AllocationRef EMPLOYMENT_CENTRAL = new AllocationRef(BudgetSource.CENTRAL_MINISTRY,
            Agency.EMPLOYMENT_OFFICE, null);
    static final AllocationRef COMMUNITY_DEVELOPMENT_OTHER = new AllocationRef(BudgetSource.OTHER, Agency.PARTNER,
            "สำนักงานพัฒนาชุมชนจังหวัดตรัง");

    private static RecordActivity activity(LocalDate on, String project, int participants, long satang) {
        return new RecordActivity(DRIVE_ID, on, WANG_MAPRANG_NUEA, participants, satang,
                Agency.SKILL_DEVELOPMENT_OFFICE, project, ELDERLY_BATCH, false, recording(99));
    }

    private static ActivityRecorded recorded(int position, LocalDate on, String project, int participants, long satang) {
        return new ActivityRecorded(DRIVE_ID, id(position), WANG_MAPRANG_NUEA, "วังมะปรางเหนือ", participants, satang,
                Agency.SKILL_DEVELOPMENT_OFFICE, project, ELDERLY_BATCH, on, false, recording(99),
                satang == 0 ? null : FUNDING.get(project));
    }

    private static final Map<String, AllocationRef> FUNDING = Map.of("P1", SKILL_CENTRAL, "P2", EMPLOYMENT_CENTRAL,
            "P4", COMMUNITY_DEVELOPMENT_OTHER);

    private static List<Object> given(int through, Object... more) {
        List<Object> events = new ArrayList<>(through(through));
        events.addAll(List.of(more));
        return events;
    }

    @Test
    void the_elderly_batch_of_20_on_2019_06_12_spends_20000_baht_of_skill_development_p1() {
        fixture.given(through(REVISION_APPROVED))
                .when(activity(JUNE_12, "P1", 20, 20_000_00L))
                .expectEvents(recorded(18, JUNE_12, "P1", 20, 20_000_00L));
    }

    @Test
    void an_activity_is_carrying_out_the_plan_the_first_after_the_approval_reaches_level_3() {
        ActivityRecorded act = recorded(10, FEBRUARY_1, "P1", 20, 30_000_00L);
        fixture.given(through(LEVEL_2_REACHED))
                .when(activity(FEBRUARY_1, "P1", 20, 30_000_00L))
                .expectEvents(act, new KpiLevelReached(DRIVE_ID, id(11), 3, FEBRUARY_1,
                        List.of(new Evidence(id(10), "ActivityRecorded", FEBRUARY_1,
                                "activity at วังมะปรางเหนือ (920705) for project P1")),
                        id(10), false, recording(99)));
    }

    @Test
    void an_activity_before_any_approved_plan_is_refused() {
        fixture.given(through(PLAN_DRAFTED))
                .when(activity(LocalDate.of(2019, 1, 11), "P1", 20, 0))
                .expectException(brokenRule("activity-needs-approved-plan"));
    }

    @Test
    void an_activity_under_a_project_not_in_the_plan_is_refused() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(activity(FEBRUARY_1, "P9", 20, 0))
                .expectException(brokenRule("project-of-approved-plan"));
    }

    @Test
    void a_negative_amount_or_headcount_is_refused() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(activity(FEBRUARY_1, "P1", 20, -1))
                .expectException(invalidValue("amountSpent", "not-negative"));
        fixture.given(through(LEVEL_2_REACHED))
                .when(activity(FEBRUARY_1, "P1", -1, 0))
                .expectException(invalidValue("participants", "not-negative"));
    }

    @Test
    void spending_one_satang_more_than_the_employment_offices_35000_is_an_overspend_naming_the_figures() {
        fixture.given(given(LEVEL_2_REACHED, recorded(10, FEBRUARY_1, "P2", 20, 30_000_00L),
                        level3ReachedBy(10, FEBRUARY_1)))
                .when(activity(FEBRUARY_1, "P2", 5, 5_000_01L))
                .expectNoEvents()
                .expectException(brokenRule("overspend"))
                .expectExceptionMessage(allOf(containsString("P2"), containsString("allocated 35000.00 baht"),
                        containsString("from CENTRAL_MINISTRY of EMPLOYMENT_OFFICE"),
                        containsString("spent 30000.00 baht"), containsString("remaining 5000.00 baht")));
    }

    @Test
    void a_field_visit_spends_too_and_cannot_overspend() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(new LogFieldVisit(DRIVE_ID, FEBRUARY_1, WANG_MAPRANG_NUEA, "ศาลาประชาคม", List.of(), 40,
                        List.of(), "P2", false, recording(99), 35_000_00L, null))
                .expectEvents(new FieldVisitLogged(DRIVE_ID, id(10), WANG_MAPRANG_NUEA, "วังมะปรางเหนือ", "ศาลาประชาคม",
                                List.of(), 40, List.of(), "P2", FEBRUARY_1, false, recording(99), 35_000_00L,
                                EMPLOYMENT_CENTRAL),
                        level3ReachedByVisit(10, FEBRUARY_1));
        fixture.given(through(LEVEL_2_REACHED))
                .when(new LogFieldVisit(DRIVE_ID, FEBRUARY_1, BANG_KUNG, "ศาลาประชาคม", List.of(), 40,
                        List.of(), "P4", false, recording(99), 1L, null))
                .expectException(brokenRule("overspend"));
    }

    @Test
    void a_reallocation_moves_remaining_money_and_then_the_spend_succeeds() {
        BudgetReallocated moved = new BudgetReallocated(DRIVE_ID, id(10), "P1", "P2", 10_000_00L,
                "the employment training drew more applicants", FEBRUARY_1, false, recording(99), SKILL_CENTRAL,
                EMPLOYMENT_CENTRAL);
        fixture.given(through(LEVEL_2_REACHED))
                .when(new ReallocateBudget(DRIVE_ID, "P1", "P2", 10_000_00L,
                        "the employment training drew more applicants", FEBRUARY_1, false, recording(99)))
                .expectEvents(moved);
        fixture.given(given(LEVEL_2_REACHED, moved))
                .when(activity(FEBRUARY_1, "P2", 20, 45_000_00L))
                .expectSuccessfulHandlerExecution();
        fixture.given(given(LEVEL_2_REACHED, moved))
                .when(activity(FEBRUARY_1, "P1", 20, 190_000_01L))
                .expectException(brokenRule("overspend"));
    }

    @Test
    void a_reallocation_of_more_than_the_source_has_remaining_is_refused() {
        fixture.given(given(LEVEL_2_REACHED, recorded(10, FEBRUARY_1, "P2", 20, 30_000_00L),
                        level3ReachedBy(10, FEBRUARY_1)))
                .when(new ReallocateBudget(DRIVE_ID, "P2", "P1", 5_000_01L, "left over", FEBRUARY_1, false,
                        recording(99)))
                .expectException(brokenRule("reallocation-exceeds-remaining"));
    }

    @Test
    void a_reallocation_names_two_projects_of_the_plan_in_force_and_a_positive_amount() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(new ReallocateBudget(DRIVE_ID, "P1", "P9", 1L, "why", FEBRUARY_1, false, recording(99)))
                .expectException(brokenRule("project-of-approved-plan"));
        fixture.given(through(LEVEL_2_REACHED))
                .when(new ReallocateBudget(DRIVE_ID, "P1", "P2", 0L, "why", FEBRUARY_1, false, recording(99)))
                .expectException(invalidValue("amount", "positive"));
        fixture.given(through(PLAN_DRAFTED))
                .when(new ReallocateBudget(DRIVE_ID, "P1", "P2", 1L, "why", FEBRUARY_1, false, recording(99)))
                .expectException(brokenRule("reallocation-needs-approved-plan"));
    }

    @Test
    void a_revision_may_not_allocate_a_project_less_than_it_has_spent() {
        fixture.given(given(LEVEL_2_REACHED, recorded(10, FEBRUARY_1, "P3", 300, 60_000_00L),
                        level3ReachedBy(10, FEBRUARY_1)))
                .when(new RevisePlan(DRIVE_ID, "one site", null, ONE_GOAL, PLAN_V2, PLAN_REVISED_ON, false,
                        recording(99)))
                .expectException(brokenRule("allocation-below-spent"));
    }

    @Test
    void a_revision_states_the_allocations_again_and_a_cancelled_project_releases_its_unspent_money() {
        List<RecordedAct> acts = new ArrayList<>();
        for (Object event : through(LEVEL_2_REACHED)) {
            if (event instanceof RecordedAct act) {
                acts.add(act);
            }
        }
        AllocationRef communityDevelopmentCentral = new AllocationRef(BudgetSource.CENTRAL_MINISTRY, Agency.PARTNER,
                "สำนักงานพัฒนาชุมชนจังหวัดตรัง");
        acts.add(new BudgetReallocated(DRIVE_ID, id(10), "P1", "P4", 5_000_00L, "savings group", FEBRUARY_1, false,
                recording(99), SKILL_CENTRAL, communityDevelopmentCentral));
        acts.add(new ActivityRecorded(DRIVE_ID, id(11), BANG_KUNG, "บางกุ้ง", 25, 2_000_00L, Agency.PARTNER, "P4",
                "อบรมการออม", FEBRUARY_1, false, recording(99), communityDevelopmentCentral));
        DriveBudget before = DriveBudget.of(historyOf(acts));
        assertThat(before.project("P4").orElseThrow().allocatedSatang()).isEqualTo(5_000_00L);
        assertThat(before.project("P1").orElseThrow().remainingSatang()).isEqualTo(195_000_00L);
        assertThat(before.allocatedSatang()).isEqualTo(311_200_00L);

        acts.add(new PlanRevised(DRIVE_ID, id(12), 2, 1, "one site", null, ONE_GOAL, PLAN_V2, PLAN_REVISED_ON, false,
                recording(99)));
        acts.add(new PlanApproved(DRIVE_ID, id(13), 2, MEETING_2, id(12), MEETING_2_HELD_ON, false, recording(99)));
        DriveBudget after = DriveBudget.of(historyOf(acts));

        DriveBudget.Project p4 = after.project("P4").orElseThrow();
        assertThat(p4.cancelled()).isTrue();
        assertThat(p4.allocatedSatang()).isEqualTo(2_000_00L);
        assertThat(p4.spentSatang()).isEqualTo(2_000_00L);
        assertThat(p4.remainingSatang()).isZero();
        assertThat(after.project("P1").orElseThrow().allocatedSatang()).isEqualTo(200_000_00L);
        assertThat(after.project("P5").orElseThrow().allocatedSatang()).isEqualTo(21_000_00L);
        assertThat(after.allocatedSatang()).isEqualTo(311_200_00L + 2_000_00L);
        assertThat(after.spentSatang()).isEqualTo(2_000_00L);
        assertThat(after.peopleReached()).isEqualTo(25);
        assertThat(after.spentByMonth()).isEqualTo(Map.of(YearMonth.of(2019, 2), 2_000_00L));
        assertThat(after.versionInForce()).isEqualTo(2);
    }

    @Test
    void a_cancelled_project_takes_no_more_spending() {
        fixture.given(through(REVISION_APPROVED))
                .when(activity(JUNE_12, "P4", 20, 1L))
                .expectException(brokenRule("project-of-approved-plan"));
    }

    private static KpiLevelReached level3ReachedBy(int act, LocalDate on) {
        return new KpiLevelReached(DRIVE_ID, id(act + 1), 3, on,
                List.of(new Evidence(id(act), "ActivityRecorded", on,
                        "activity at วังมะปรางเหนือ (920705) for project P1")), id(act), false, recording(99));
    }

    private static KpiLevelReached level3ReachedByVisit(int act, LocalDate on) {
        return new KpiLevelReached(DRIVE_ID, id(act + 1), 3, on,
                List.of(new Evidence(id(act), "FieldVisitLogged", on,
                        "visit to วังมะปรางเหนือ (920705) for project P2")), id(act), false, recording(99));
    }
}
