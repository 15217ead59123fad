package th.go.mol.oneplan.drive.budget;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.CorrectRecord;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.fieldwork.ActivityRecorded;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.fieldwork.LogFieldVisit;
import th.go.mol.oneplan.drive.fieldwork.RecordActivity;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingType;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.Allocation;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.ApprovePlan;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.drive.plan.DraftPlan;
import th.go.mol.oneplan.drive.plan.PlanApproved;
import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.drive.plan.PlanRevised;
import th.go.mol.oneplan.drive.plan.RevisePlan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * A project funded from several sources, or owned by several agencies, has one allocation for each. Spending
 * names the allocation it comes from (unless the project has one), is checked against that allocation alone,
 * and reallocated money keeps its source.
 *
 * <p>Given: Trang at level 2 with plan version 1, then version 2 approved at meeting 2/2562, in which the
 * elderly training P1 is funded 150,000 baht by the ministry's central budget and 50,000 baht by the provincial
 * development budget (both Skill Development's), and the service day P3 55,200 baht central budget of the
 * Provincial Labour Office plus 21,000 baht from the subdistrict administration (a partner, local government).
 */
class SeveralAllocationsTest {
    private static final LocalDate JUNE_12 = LocalDate.of(2019, 6, 12);
    private static final String TAO = "อบต.วังมะปรางเหนือ";

    static final AllocationRef SKILL_CENTRAL = new AllocationRef(BudgetSource.CENTRAL_MINISTRY,
            Agency.SKILL_DEVELOPMENT_OFFICE, null);
    static final AllocationRef SKILL_PROVINCIAL = new AllocationRef(BudgetSource.PROVINCIAL_DEVELOPMENT,
            Agency.SKILL_DEVELOPMENT_OFFICE, null);
    static final AllocationRef LABOUR_CENTRAL = new AllocationRef(BudgetSource.CENTRAL_MINISTRY,
            Agency.PROVINCIAL_LABOUR_OFFICE, null);
    static final AllocationRef TAO_LOCAL = new AllocationRef(BudgetSource.LOCAL_GOVERNMENT, Agency.PARTNER, TAO);
    static final AllocationRef EMPLOYMENT_PROVINCIAL = new AllocationRef(BudgetSource.PROVINCIAL_DEVELOPMENT,
            Agency.EMPLOYMENT_OFFICE, null);

    static final List<PlanProject> SEVERAL_SOURCES = List.of(
            new PlanProject("P1", "ฝึกทักษะอาชีพแรงงานนอกระบบและผู้สูงอายุ (7 รุ่น)", Agency.SKILL_DEVELOPMENT_OFFICE,
                    null, "informal workers and the elderly", 140, List.of(WANG_MAPRANG_NUEA), List.of(
                    new Allocation(BudgetSource.CENTRAL_MINISTRY, Agency.SKILL_DEVELOPMENT_OFFICE, null, 150_000_00L),
                    new Allocation(BudgetSource.PROVINCIAL_DEVELOPMENT, Agency.SKILL_DEVELOPMENT_OFFICE, null,
                            50_000_00L))),
            new PlanProject("P2", "ฝึกอาชีพเสริมเพื่อการมีงานทำ", Agency.EMPLOYMENT_OFFICE, null, "informal workers", 20,
                    List.of(WANG_MAPRANG_NUEA), 35_000_00L, BudgetSource.PROVINCIAL_DEVELOPMENT),
            new PlanProject("P3", "วันบริการแบบบูรณาการ ตำบลวังมะปรางเหนือ", Agency.PROVINCIAL_LABOUR_OFFICE, null,
                    "informal workers of Wang Maprang Nuea", 1_500, List.of(WANG_MAPRANG_NUEA), List.of(
                    new Allocation(BudgetSource.CENTRAL_MINISTRY, Agency.PROVINCIAL_LABOUR_OFFICE, null, 55_200_00L),
                    new Allocation(BudgetSource.LOCAL_GOVERNMENT, Agency.PARTNER, TAO, 21_000_00L))));

    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    /** Positions 12-14, after level 3: version 2 with several sources, meeting 2/2562, its approval. */
    private static List<Object> severalSourcesApproved(Object... more) {
        List<Object> events = new ArrayList<>(through(LEVEL_3_REACHED));
        events.add(versionTwo(SEVERAL_SOURCES));
        events.add(new MeetingRecorded(DRIVE_ID, id(13), MEETING_2, MeetingType.WORKING_GROUP, VICE_GOVERNOR.name(),
                List.of(VICE_GOVERNOR.name()), List.of("เห็นชอบ One Plan ฉบับที่ 2"), MEETING_2_HELD_ON, false,
                recording(13)));
        events.add(new PlanApproved(DRIVE_ID, id(14), 2, MEETING_2, id(13), MEETING_2_HELD_ON, false, recording(14)));
        events.addAll(List.of(more));
        return events;
    }

    private static PlanRevised versionTwo(List<PlanProject> projects) {
        return new PlanRevised(DRIVE_ID, id(12), 2, 1, "two sources fund the elderly training", null, ONE_GOAL,
                projects, PLAN_REVISED_ON, false, recording(12));
    }

    private static RecordActivity training(long satang, AllocationRef fundedBy) {
        return new RecordActivity(DRIVE_ID, JUNE_12, WANG_MAPRANG_NUEA, 20, satang, Agency.SKILL_DEVELOPMENT_OFFICE,
                "P1", "ฝึกอาชีพผู้สูงอายุ รุ่นที่ 7", false, recording(99), fundedBy);
    }

    private static ActivityRecorded trained(int position, long satang, AllocationRef fundedBy) {
        return new ActivityRecorded(DRIVE_ID, id(position), WANG_MAPRANG_NUEA, "วังมะปรางเหนือ", 20, satang,
                Agency.SKILL_DEVELOPMENT_OFFICE, "P1", "ฝึกอาชีพผู้สูงอายุ รุ่นที่ 7", JUNE_12, false, recording(99),
                fundedBy);
    }

    @Test
    void spending_on_a_project_with_two_sources_must_name_the_source() {
        fixture.given(severalSourcesApproved())
                .when(training(20_000_00L, null))
                .expectNoEvents()
                .expectException(brokenRule("name-the-allocation"))
                .expectExceptionMessage(allOf(containsString("CENTRAL_MINISTRY of SKILL_DEVELOPMENT_OFFICE"),
                        containsString("PROVINCIAL_DEVELOPMENT of SKILL_DEVELOPMENT_OFFICE")));
    }

    @Test
    void naming_the_source_is_enough_and_the_event_records_the_allocation_in_full() {
        fixture.given(severalSourcesApproved())
                .when(training(20_000_00L, new AllocationRef(BudgetSource.PROVINCIAL_DEVELOPMENT, null, null)))
                .expectEvents(trained(15, 20_000_00L, SKILL_PROVINCIAL));
    }

    @Test
    void an_activity_that_spends_nothing_needs_no_source() {
        fixture.given(severalSourcesApproved())
                .when(training(0, null))
                .expectEvents(trained(15, 0, null));
    }

    @Test
    void spending_corrected_onto_an_act_that_named_no_allocation_of_a_project_with_two_is_refused() {
        fixture.given(severalSourcesApproved(trained(15, 0, null)))
                .when(new CorrectRecord(DRIVE_ID, id(15), "the batch did cost money",
                        List.of(new FieldCorrection("amountSpent", "20000.00")), JUNE_12, false, recording(99)))
                .expectException(brokenRule("corrected-spending-needs-allocation"));
    }

    @Test
    void a_source_the_project_does_not_have_is_refused() {
        fixture.given(severalSourcesApproved())
                .when(training(1_00L, new AllocationRef(BudgetSource.THAIHEALTH, null, null)))
                .expectException(brokenRule("allocation-of-project"));
    }

    @Test
    void the_provincial_50000_cannot_be_overspent_although_the_project_still_has_central_money() {
        fixture.given(severalSourcesApproved(trained(15, 45_000_00L, SKILL_PROVINCIAL)))
                .when(training(5_000_01L, SKILL_PROVINCIAL))
                .expectException(brokenRule("overspend"))
                .expectExceptionMessage(containsString("remaining 5000.00 baht"));
        fixture.given(severalSourcesApproved(trained(15, 45_000_00L, SKILL_PROVINCIAL)))
                .when(training(5_000_01L, SKILL_CENTRAL))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_field_visit_names_the_partners_allocation_by_the_partners_name() {
        fixture.given(severalSourcesApproved())
                .when(new LogFieldVisit(DRIVE_ID, JUNE_12, WANG_MAPRANG_NUEA, "องค์การบริหารส่วนตำบลวังมะปรางเหนือ",
                        List.of(), 350, List.of(), "P3", false, recording(99), 21_000_00L,
                        new AllocationRef(null, Agency.PARTNER, " " + TAO + " ")))
                .expectEvents(new FieldVisitLogged(DRIVE_ID, id(15), WANG_MAPRANG_NUEA, "วังมะปรางเหนือ",
                        "องค์การบริหารส่วนตำบลวังมะปรางเหนือ", List.of(), 350, List.of(), "P3", JUNE_12, false,
                        recording(99), 21_000_00L, TAO_LOCAL));
    }

    @Test
    void reallocated_money_keeps_its_source_and_opens_an_allocation_where_the_project_has_none_from_it() {
        fixture.given(severalSourcesApproved())
                .when(new ReallocateBudget(DRIVE_ID, "P1", "P2", 10_000_00L, "more applicants for P2", JUNE_12, false,
                        recording(99), SKILL_CENTRAL, null))
                .expectEvents(new BudgetReallocated(DRIVE_ID, id(15), "P1", "P2", 10_000_00L, "more applicants for P2",
                        JUNE_12, false, recording(99), SKILL_CENTRAL,
                        new AllocationRef(BudgetSource.CENTRAL_MINISTRY, Agency.EMPLOYMENT_OFFICE, null)));
        fixture.given(severalSourcesApproved())
                .when(new ReallocateBudget(DRIVE_ID, "P1", "P2", 10_000_00L, "more applicants for P2", JUNE_12, false,
                        recording(99), SKILL_CENTRAL, EMPLOYMENT_PROVINCIAL))
                .expectException(brokenRule("reallocation-keeps-source"));
    }

    @Test
    void a_reallocation_from_a_project_with_two_sources_names_the_giver() {
        fixture.given(severalSourcesApproved())
                .when(new ReallocateBudget(DRIVE_ID, "P1", "P3", 10_000_00L, "why", JUNE_12, false, recording(99)))
                .expectException(brokenRule("name-the-allocation"));
    }

    @Test
    void money_may_move_between_two_owners_of_one_project_but_not_to_the_same_allocation() {
        AllocationRef taoCentral = new AllocationRef(BudgetSource.CENTRAL_MINISTRY, Agency.PARTNER, TAO);
        fixture.given(severalSourcesApproved())
                .when(new ReallocateBudget(DRIVE_ID, "P3", "P3", 5_000_00L, "the TAO runs the registration desk",
                        JUNE_12, false, recording(99), LABOUR_CENTRAL, new AllocationRef(null, Agency.PARTNER, TAO)))
                .expectEvents(new BudgetReallocated(DRIVE_ID, id(15), "P3", "P3", 5_000_00L,
                        "the TAO runs the registration desk", JUNE_12, false, recording(99), LABOUR_CENTRAL,
                        taoCentral));
        fixture.given(severalSourcesApproved())
                .when(new ReallocateBudget(DRIVE_ID, "P3", "P3", 5_000_00L, "why", JUNE_12, false, recording(99),
                        LABOUR_CENTRAL, null))
                .expectException(invalidValue("toProjectCode", "other-allocation"));
    }

    @Test
    void the_budget_reads_per_allocation() {
        List<RecordedAct> acts = new ArrayList<>();
        for (Object event : severalSourcesApproved(trained(15, 45_000_00L, SKILL_PROVINCIAL),
                new BudgetReallocated(DRIVE_ID, id(16), "P1", "P2", 10_000_00L, "more applicants", JUNE_12, false,
                        recording(99), SKILL_CENTRAL,
                        new AllocationRef(BudgetSource.CENTRAL_MINISTRY, Agency.EMPLOYMENT_OFFICE, null)))) {
            if (event instanceof RecordedAct act) {
                acts.add(act);
            }
        }
        DriveBudget budget = DriveBudget.of(historyOf(acts));
        DriveBudget.Project p1 = budget.project("P1").orElseThrow();
        assertThat(p1.allocations()).extracting(DriveBudget.AllocationLine::allocation,
                        DriveBudget.AllocationLine::allocatedSatang, DriveBudget.AllocationLine::spentSatang)
                .containsExactly(tuple(SKILL_CENTRAL, 140_000_00L, 0L),
                        tuple(SKILL_PROVINCIAL, 50_000_00L, 45_000_00L));
        assertThat(p1.allocatedSatang()).isEqualTo(190_000_00L);
        assertThat(budget.project("P2").orElseThrow().allocations()).hasSize(2);
        assertThat(budget.project("P2").orElseThrow().allocatedSatang()).isEqualTo(45_000_00L);
        assertThat(budget.allocatedSatang()).isEqualTo(311_200_00L);
        assertThat(budget.spentSatang()).isEqualTo(45_000_00L);
    }

    @Test
    void acts_stored_before_allocations_were_named_read_as_the_projects_only_allocation() {
        List<RecordedAct> acts = new ArrayList<>(acts());
        acts.add(new BudgetReallocated(DRIVE_ID, id(21), "P1", "P2", 1_000_00L, "stored before allocations",
                SERVICE_DAY_ON, false, recording(21), null, null));
        acts.add(new ActivityRecorded(DRIVE_ID, id(22), WANG_MAPRANG_NUEA, "วังมะปรางเหนือ", 20, 36_000_00L,
                Agency.EMPLOYMENT_OFFICE, "P2", "ฝึกอาชีพ", SERVICE_DAY_ON, false, recording(22)));
        DriveBudget budget = DriveBudget.of(historyOf(acts));
        assertThat(budget.project("P1").orElseThrow().allocatedSatang()).isEqualTo(199_000_00L);
        DriveBudget.AllocationLine p2 = budget.project("P2").orElseThrow().allocations().get(0);
        assertThat(p2.allocation()).isEqualTo(new AllocationRef(BudgetSource.CENTRAL_MINISTRY,
                Agency.EMPLOYMENT_OFFICE, null));
        assertThat(p2.allocatedSatang()).isEqualTo(36_000_00L);
        assertThat(p2.spentSatang()).isEqualTo(36_000_00L);
    }

    @Test
    void approving_a_version_rechecks_what_was_spent_since_it_was_written() {
        // Version 2 gives P2 32,000 baht when 30,000 are spent; 4,000 more are spent before the meeting.
        List<PlanProject> p2At32000 = List.of(
                new PlanProject("P1", "ฝึกทักษะ", Agency.SKILL_DEVELOPMENT_OFFICE, null, "elderly", 140,
                        List.of(WANG_MAPRANG_NUEA), 200_000_00L, BudgetSource.CENTRAL_MINISTRY),
                new PlanProject("P2", "ฝึกอาชีพเสริม", Agency.EMPLOYMENT_OFFICE, null, "informal workers", 20,
                        List.of(WANG_MAPRANG_NUEA), 32_000_00L, BudgetSource.CENTRAL_MINISTRY));
        AllocationRef employmentCentral = new AllocationRef(BudgetSource.CENTRAL_MINISTRY, Agency.EMPLOYMENT_OFFICE,
                null);
        List<Object> given = new ArrayList<>(through(LEVEL_2_REACHED));
        given.add(new ActivityRecorded(DRIVE_ID, id(10), WANG_MAPRANG_NUEA, "วังมะปรางเหนือ", 20, 30_000_00L,
                Agency.EMPLOYMENT_OFFICE, "P2", "ฝึกอาชีพ", LocalDate.of(2019, 2, 1), false, recording(10),
                employmentCentral));
        given.add(new PlanRevised(DRIVE_ID, id(11), 2, 1, "smaller P2", null, ONE_GOAL, p2At32000, PLAN_REVISED_ON,
                false, recording(11)));
        given.add(new ActivityRecorded(DRIVE_ID, id(12), WANG_MAPRANG_NUEA, "วังมะปรางเหนือ", 5, 4_000_00L,
                Agency.EMPLOYMENT_OFFICE, "P2", "ฝึกอาชีพ", PLAN_REVISED_ON, false, recording(12),
                employmentCentral));
        given.add(new MeetingRecorded(DRIVE_ID, id(13), MEETING_2, MeetingType.WORKING_GROUP, VICE_GOVERNOR.name(),
                List.of(VICE_GOVERNOR.name()), List.of(), MEETING_2_HELD_ON, false, recording(13)));
        fixture.given(given)
                .when(new ApprovePlan(DRIVE_ID, 2, MEETING_2, false, recording(99)))
                .expectNoEvents()
                .expectException(brokenRule("allocation-below-spent"))
                .expectExceptionMessage(allOf(containsString("spent 34000.00 baht"),
                        containsString("version 2 allocates it only 32000.00 baht")));
    }

    @Test
    void a_revision_checks_each_allocation_against_what_it_spent() {
        List<PlanProject> provincialCut = List.of(new PlanProject("P1", "ฝึกทักษะ", Agency.SKILL_DEVELOPMENT_OFFICE, null, "elderly", 140,
                List.of(WANG_MAPRANG_NUEA), List.of(
                new Allocation(BudgetSource.CENTRAL_MINISTRY, Agency.SKILL_DEVELOPMENT_OFFICE, null, 190_000_00L),
                new Allocation(BudgetSource.PROVINCIAL_DEVELOPMENT, Agency.SKILL_DEVELOPMENT_OFFICE, null,
                        10_000_00L))));
        fixture.given(severalSourcesApproved(trained(15, 45_000_00L, SKILL_PROVINCIAL)))
                .when(new RevisePlan(DRIVE_ID, "move provincial money to central", null, ONE_GOAL, provincialCut,
                        JUNE_12, false, recording(99)))
                .expectException(brokenRule("allocation-below-spent"));
    }

    @Test
    void a_plan_states_one_allocation_per_source_and_owner_and_names_a_partner_owner() {
        PlanProject twice = new PlanProject("P1", "ฝึกทักษะ", Agency.SKILL_DEVELOPMENT_OFFICE, null, "elderly", 140,
                List.of(WANG_MAPRANG_NUEA), List.of(
                new Allocation(BudgetSource.CENTRAL_MINISTRY, Agency.SKILL_DEVELOPMENT_OFFICE, null, 1_00L),
                new Allocation(BudgetSource.CENTRAL_MINISTRY, Agency.SKILL_DEVELOPMENT_OFFICE, null, 2_00L)));
        fixture.given(through(LEVEL_1_REACHED))
                .when(new DraftPlan(DRIVE_ID, ONE_GOAL, List.of(twice), PLAN_DRAFTED_ON, false, recording(99)))
                .expectException(invalidValue("projects[0].allocations[1]", "unique-allocation"));
        PlanProject unnamedPartner = new PlanProject("P1", "ฝึกทักษะ", Agency.SKILL_DEVELOPMENT_OFFICE, null,
                "elderly", 140, List.of(WANG_MAPRANG_NUEA),
                List.of(new Allocation(BudgetSource.LOCAL_GOVERNMENT, Agency.PARTNER, " ", 1_00L)));
        fixture.given(through(LEVEL_1_REACHED))
                .when(new DraftPlan(DRIVE_ID, ONE_GOAL, List.of(unnamedPartner), PLAN_DRAFTED_ON, false, recording(99)))
                .expectException(invalidValue("projects[0].allocations[0].partnerAgency", "required"));
        PlanProject negative = new PlanProject("P1", "ฝึกทักษะ", Agency.SKILL_DEVELOPMENT_OFFICE, null, "elderly", 140,
                List.of(WANG_MAPRANG_NUEA),
                List.of(new Allocation(BudgetSource.CENTRAL_MINISTRY, Agency.SKILL_DEVELOPMENT_OFFICE, null, -1L)));
        fixture.given(through(LEVEL_1_REACHED))
                .when(new DraftPlan(DRIVE_ID, ONE_GOAL, List.of(negative), PLAN_DRAFTED_ON, false, recording(99)))
                .expectException(invalidValue("projects[0].allocations[0].amount", "not-negative"));
    }
}
