package th.go.mol.oneplan.drive.kpi;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingType;
import th.go.mol.oneplan.drive.plan.PlanApproved;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.OneGoalSummarySubmitted;
import th.go.mol.oneplan.drive.reporting.ReportForm;
import th.go.mol.oneplan.drive.workinggroup.Member;
import th.go.mol.oneplan.drive.workinggroup.MemberRole;
import th.go.mol.oneplan.drive.workinggroup.Sector;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAmended;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAppointed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * The five KPI levels derived from a drive's acts, as an inspector reads them: when each level was reached,
 * on which evidence, or why it is not reached. {@link KpiAssessor} is a pure function of the history.
 */
class KpiAssessorTest {
    private static final String OCTOBER_NOVEMBER_REPORT = "92-2562/21";

    /** The report for October-November 2018, due 2018-12-03 (ministry letter รง 0209.2/ว2675). */
    private static MonthlyReportSubmitted octoberNovemberReport() {
        return new MonthlyReportSubmitted(DRIVE_ID, OCTOBER_NOVEMBER_REPORT, ReportForm.FORM_62_3, YearMonth.of(2018, 10),
                YearMonth.of(2018, 11), "ตง 0027/3101", "เตรียมการ", LocalDate.of(2018, 12, 3), false, recording(21));
    }

    /** A report on one form for one month, without a letter number. */
    private static MonthlyReportSubmitted report(String eventId, ReportForm form, YearMonth month, LocalDate sentOn) {
        return new MonthlyReportSubmitted(DRIVE_ID, eventId, form, month, month, null, "ความก้าวหน้า", sentOn, false,
                recording(Integer.parseInt(eventId.substring(eventId.indexOf('/') + 1))));
    }

    /** The acts of the canonical stream up to and including event n. */
    private static List<RecordedAct> actsThrough(int n) {
        List<RecordedAct> acts = new ArrayList<>();
        for (Object event : through(n)) {
            if (event instanceof RecordedAct act) {
                acts.add(act);
            }
        }
        return acts;
    }

    private static List<RecordedAct> plus(List<RecordedAct> acts, RecordedAct... more) {
        List<RecordedAct> all = new ArrayList<>(acts);
        all.addAll(Arrays.asList(more));
        return all;
    }

    private static KpiAssessment assess(List<? extends RecordedAct> acts) {
        return KpiAssessor.assess(historyOf(acts));
    }

    private static List<RecordedAct> replacing(List<RecordedAct> acts, RecordedAct replacement) {
        return acts.stream().map(a -> a.eventId().equals(replacement.eventId()) ? replacement : a).toList();
    }

    private static WorkingGroupAppointed appointed(String signedBy, List<Member> members) {
        return new WorkingGroupAppointed(DRIVE_ID, id(APPOINTED), ORDER, signedBy, members, ORDER_SIGNED_ON, false,
                recording(APPOINTED));
    }

    private static WorkingGroupAmended amended(String eventId, LocalDate on, List<Member> added, List<String> removed) {
        return new WorkingGroupAmended(DRIVE_ID, eventId, "112/2562", added, removed, "membership", on, false,
                recording(30));
    }

    private static FieldVisitLogged visit(String eventId, LocalDate on) {
        return new FieldVisitLogged(DRIVE_ID, eventId, KANTANG, "กันตัง", "ท่าเรือกันตัง", List.of(), 30, List.of(), "P3", on,
                false, recording(30));
    }

    // The worked example ------------------------------------------------------------------------------------

    @Test
    void trangs_fy_2562_history_reaches_all_five_levels_on_the_dates_of_the_worked_example() {
        KpiAssessment assessment = assess(plus(acts(), octoberNovemberReport()));

        assertThat(assessment.currentLevel()).isEqualTo(5);
        assertThat(assessment.levels()).extracting(LevelStatus::level).containsExactly(KpiLevel.values());
        assertThat(assessment.levels()).allMatch(LevelStatus::reached);
        assertThat(assessment.levels()).extracting(LevelStatus::reachedOn).containsExactly(
                LocalDate.of(2019, 1, 7),   // provincial order 45/2562
                LocalDate.of(2019, 1, 15),  // working group meeting 1/2562
                LocalDate.of(2019, 2, 13),  // first field visit, Bang Kung
                LocalDate.of(2019, 3, 5),   // the February report, the first after implementation began
                LocalDate.of(2019, 9, 30)); // One Goal summary, letter ตง 0027/1082
        assertThat(assessment.levels()).extracting(LevelStatus::unmetBecause).containsOnlyNulls();
    }

    @Test
    void level_1_stands_on_the_signed_order() {
        LevelStatus level1 = assess(acts()).level(KpiLevel.LEVEL_1);

        assertThat(level1.evidence()).containsExactly(
                new Evidence("92-2562/4", "WorkingGroupAppointed", LocalDate.of(2019, 1, 7), "order 45/2562"));
    }

    @Test
    void level_2_stands_on_version_1_its_meeting_and_its_approval_even_after_version_2_is_approved() {
        LevelStatus level2 = assess(acts()).level(KpiLevel.LEVEL_2);

        assertThat(level2.evidence()).containsExactly(
                new Evidence("92-2562/6", "PlanDrafted", LocalDate.of(2019, 1, 10), "One Plan version 1"),
                new Evidence("92-2562/7", "MeetingRecorded", LocalDate.of(2019, 1, 15), "meeting 1/2562"),
                new Evidence("92-2562/8", "PlanApproved", LocalDate.of(2019, 1, 15),
                        "One Plan version 1 approved at meeting 1/2562"));
    }

    @Test
    void levels_3_4_and_5_stand_on_the_first_visit_the_reports_after_it_and_the_summary_letter() {
        KpiAssessment assessment = assess(plus(acts(), octoberNovemberReport()));

        assertThat(assessment.level(KpiLevel.LEVEL_3).evidence()).containsExactly(new Evidence("92-2562/10",
                "FieldVisitLogged", LocalDate.of(2019, 2, 13), "visit to บางกุ้ง (920606) for project P3"));
        assertThat(assessment.level(KpiLevel.LEVEL_4).evidence()).containsExactly(new Evidence("92-2562/12",
                "MonthlyReportSubmitted", LocalDate.of(2019, 3, 5), "form 62-1 for 2019-02, letter ตง 0027/251"));
        assertThat(assessment.level(KpiLevel.LEVEL_5).evidence()).containsExactly(new Evidence("92-2562/19",
                "OneGoalSummarySubmitted", LocalDate.of(2019, 9, 30), "letter ตง 0027/1082"));
    }

    @Test
    void assessing_the_same_history_twice_gives_the_same_levels_dates_and_evidence() {
        assertThat(assess(acts())).isEqualTo(assess(acts()));
    }

    @Test
    void a_drive_with_no_acts_but_its_start_has_reached_no_level() {
        KpiAssessment assessment = assess(actsThrough(STARTED));

        assertThat(assessment.currentLevel()).isZero();
        assertThat(assessment.levels()).extracting(LevelStatus::unmetBecause).containsExactly(
                "no working group is appointed", "level 1 is not reached", "level 2 is not reached",
                "level 3 is not reached", "level 4 is not reached");
        assertThat(assessment.levels()).allSatisfy(level -> {
            assertThat(level.reachedOn()).isNull();
            assertThat(level.evidence()).isEmpty();
        });
    }

    // Level 1 -----------------------------------------------------------------------------------------------

    @Test
    void an_unsigned_order_leaves_level_1_unmet_with_the_reason_and_no_level_above_it() {
        KpiAssessment assessment = assess(replacing(acts(), appointed("", WORKING_GROUP)));

        assertThat(assessment.currentLevel()).isZero();
        assertThat(assessment.level(KpiLevel.LEVEL_1).reached()).isFalse();
        assertThat(assessment.level(KpiLevel.LEVEL_1).unmetBecause())
                .isEqualTo("the appointing order 45/2562 is not signed");
        assertThat(assessment.levels()).extracting(LevelStatus::unmetBecause).containsExactly(
                "the appointing order 45/2562 is not signed", "level 1 is not reached", "level 2 is not reached",
                "level 3 is not reached", "level 4 is not reached");
        assertThat(assess(replacing(acts(), appointed(null, WORKING_GROUP))).level(KpiLevel.LEVEL_1).unmetBecause())
                .isEqualTo("the appointing order 45/2562 is not signed");
    }

    @Test
    void a_working_group_without_the_private_sector_leaves_level_1_unmet() {
        List<Member> withoutPrivate = WORKING_GROUP.stream().filter(m -> m.sector() != Sector.PRIVATE).toList();

        LevelStatus level1 = assess(replacing(actsThrough(LEVEL_1_REACHED), appointed(SIGNED_BY, withoutPrivate)))
                .level(KpiLevel.LEVEL_1);

        assertThat(level1.reached()).isFalse();
        assertThat(level1.unmetBecause()).isEqualTo("the working group has no member from the [PRIVATE] sector");
    }

    @Test
    void the_amendment_that_completes_the_three_sectors_reaches_level_1_on_its_date() {
        LocalDate february1 = LocalDate.of(2019, 2, 1);
        List<Member> withoutPeople = List.of(VICE_GOVERNOR, LABOUR_HEAD, SME_REPRESENTATIVE);
        WorkingGroupAmended volunteersJoin = amended("92-2562/30", february1, List.of(VOLUNTEERS_CHAIR), List.of());

        LevelStatus level1 = assess(List.of(driveStarted(), appointed(SIGNED_BY, withoutPeople), volunteersJoin))
                .level(KpiLevel.LEVEL_1);

        assertThat(level1.reachedOn()).isEqualTo(february1);
        assertThat(level1.evidence()).containsExactly(
                new Evidence("92-2562/4", "WorkingGroupAppointed", ORDER_SIGNED_ON, "order 45/2562"),
                new Evidence("92-2562/30", "WorkingGroupAmended", february1, "order 112/2562"));
    }

    @Test
    void an_amendment_dated_before_the_order_counts_only_from_the_order_date() {
        List<Member> withoutPeople = List.of(VICE_GOVERNOR, LABOUR_HEAD, SME_REPRESENTATIVE);
        WorkingGroupAmended backdated = amended("92-2562/30", LocalDate.of(2019, 1, 2), List.of(VOLUNTEERS_CHAIR),
                List.of());

        LevelStatus level1 = assess(List.of(driveStarted(), appointed(SIGNED_BY, withoutPeople), backdated))
                .level(KpiLevel.LEVEL_1);

        assertThat(level1.reachedOn()).isEqualTo(ORDER_SIGNED_ON);
    }

    @Test
    void an_amendment_that_keeps_the_three_sectors_does_not_move_level_1() {
        WorkingGroupAmended tambonVolunteerJoins = amended("92-2562/30", LocalDate.of(2019, 2, 1),
                List.of(new Member("Tambon volunteer", "อสร.", "อาสาสมัครแรงงาน", Sector.PEOPLE,
                        MemberRole.MEMBER)), List.of());

        LevelStatus level1 = assess(plus(actsThrough(LEVEL_1_REACHED), tambonVolunteerJoins)).level(KpiLevel.LEVEL_1);

        assertThat(level1.reachedOn()).isEqualTo(ORDER_SIGNED_ON);
        assertThat(level1.evidence()).extracting(Evidence::eventId).containsExactly("92-2562/4");
    }

    @Test
    void a_gap_in_the_people_sector_re_dates_level_1_to_when_it_was_filled_again() {
        LocalDate february1 = LocalDate.of(2019, 2, 1);
        LocalDate march1 = LocalDate.of(2019, 3, 1);
        WorkingGroupAmended chairLeaves = amended("92-2562/30", february1, List.of(), List.of(VOLUNTEERS_CHAIR.name()));
        Member newChair = new Member("New chair of Trang labour volunteers", "ประธาน อสร.", "อาสาสมัครแรงงาน",
                Sector.PEOPLE, MemberRole.MEMBER);
        WorkingGroupAmended newChairJoins = amended("92-2562/31", march1, List.of(newChair), List.of());

        KpiAssessment assessment = assess(plus(acts(), newChairJoins, chairLeaves));

        assertThat(assessment.level(KpiLevel.LEVEL_1).reachedOn()).isEqualTo(march1);
        assertThat(assessment.level(KpiLevel.LEVEL_1).evidence()).extracting(Evidence::eventId)
                .containsExactly("92-2562/4", "92-2562/31");
        // Meeting 2/2562 (2019-04-17) is the first working-group approval after that day.
        assertThat(assessment.level(KpiLevel.LEVEL_2).reachedOn()).isEqualTo(MEETING_2_HELD_ON);
    }

    // Level 2 -----------------------------------------------------------------------------------------------

    @Test
    void a_drafted_plan_without_approval_is_not_level_2() {
        LevelStatus level2 = assess(actsThrough(MEETING_1_HELD)).level(KpiLevel.LEVEL_2);

        assertThat(level2.reached()).isFalse();
        assertThat(level2.unmetBecause())
                .isEqualTo("no plan version is approved at a working-group meeting held on or after 2019-01-07");
    }

    @Test
    void a_pending_revision_does_not_lower_level_2() {
        KpiAssessment assessment = assess(actsThrough(PLAN_REVISED));

        assertThat(assessment.currentLevel()).isEqualTo(4);
        assertThat(assessment.level(KpiLevel.LEVEL_2).reachedOn()).isEqualTo(MEETING_1_HELD_ON);
        assertThat(assessment.level(KpiLevel.LEVEL_2).evidence()).extracting(Evidence::eventId)
                .containsExactly("92-2562/6", "92-2562/7", "92-2562/8");
    }

    @Test
    void an_approval_at_a_meeting_held_before_the_working_group_existed_does_not_count() {
        MeetingRecorded earlyMeeting = new MeetingRecorded(DRIVE_ID, id(MEETING_1_HELD), MEETING_1,
                MeetingType.WORKING_GROUP, VICE_GOVERNOR.name(), List.of(), List.of(), LocalDate.of(2019, 1, 6), false,
                recording(MEETING_1_HELD));

        KpiAssessment assessment = assess(replacing(actsThrough(LEVEL_2_REACHED), earlyMeeting));

        assertThat(assessment.currentLevel()).isEqualTo(1);
        assertThat(assessment.level(KpiLevel.LEVEL_2).unmetBecause())
                .isEqualTo("no plan version is approved at a working-group meeting held on or after 2019-01-07");
    }

    @Test
    void an_approval_at_a_meeting_of_the_heads_of_agencies_does_not_count() {
        PlanApproved atHeadsMeeting = new PlanApproved(DRIVE_ID, id(PLAN_APPROVED), 1, HEADS_MEETING, id(HEADS_MET),
                HEADS_MET_ON, false, recording(PLAN_APPROVED));

        KpiAssessment assessment = assess(replacing(actsThrough(LEVEL_2_REACHED), atHeadsMeeting));

        assertThat(assessment.level(KpiLevel.LEVEL_2).reached()).isFalse();
    }

    @Test
    void an_approval_citing_a_meeting_that_is_not_recorded_does_not_count() {
        PlanApproved atUnknownMeeting = new PlanApproved(DRIVE_ID, id(PLAN_APPROVED), 1, MEETING_1, "92-2562/77",
                MEETING_1_HELD_ON, false, recording(PLAN_APPROVED));

        assertThat(assess(replacing(actsThrough(LEVEL_2_REACHED), atUnknownMeeting)).level(KpiLevel.LEVEL_2).reached())
                .isFalse();
    }

    @Test
    void level_2_follows_a_corrected_meeting_date() {
        DriveHistory history = historyOf(acts());
        history.correct(new RecordCorrected(DRIVE_ID, "92-2562/21", id(MEETING_1_HELD), "MeetingRecorded",
                "the minutes give 12 January", List.of(new FieldCorrection("meetingDate", "12 ม.ค. 2562")),
                LocalDate.of(2019, 9, 25), false, recording(21)));

        LevelStatus level2 = KpiAssessor.assess(history).level(KpiLevel.LEVEL_2);

        assertThat(level2.reachedOn()).isEqualTo(LocalDate.of(2019, 1, 12));
        assertThat(level2.evidence()).contains(
                new Evidence(id(MEETING_1_HELD), "MeetingRecorded", LocalDate.of(2019, 1, 12), "meeting 1/2562"));
    }

    // Levels 3 to 5 -----------------------------------------------------------------------------------------

    @Test
    void a_visit_before_the_plan_was_approved_does_not_count_for_level_3() {
        KpiAssessment assessment = assess(plus(actsThrough(LEVEL_2_REACHED), visit("92-2562/10", LocalDate.of(2019, 1, 14))));

        assertThat(assessment.currentLevel()).isEqualTo(2);
        assertThat(assessment.level(KpiLevel.LEVEL_3).unmetBecause())
                .isEqualTo("no field visit or activity under the approved plan is recorded on or after 2019-01-15");
        assertThat(assessment.level(KpiLevel.LEVEL_4).unmetBecause()).isEqualTo("level 3 is not reached");
        assertThat(assessment.level(KpiLevel.LEVEL_5).unmetBecause()).isEqualTo("level 4 is not reached");
    }

    @Test
    void the_earliest_visit_counts_for_level_3_whatever_order_the_visits_were_recorded_in() {
        KpiAssessment assessment = assess(plus(actsThrough(LEVEL_2_REACHED),
                visit("92-2562/10", LocalDate.of(2019, 3, 12)), visit("92-2562/11", FIRST_VISIT_ON)));

        assertThat(assessment.level(KpiLevel.LEVEL_3).reachedOn()).isEqualTo(FIRST_VISIT_ON);
        assertThat(assessment.level(KpiLevel.LEVEL_3).evidence()).extracting(Evidence::eventId)
                .containsExactly("92-2562/11");
    }

    @Test
    void a_report_sent_before_implementation_began_does_not_count_for_level_4() {
        KpiAssessment assessment = assess(plus(actsThrough(LEVEL_3_REACHED), octoberNovemberReport()));

        assertThat(assessment.currentLevel()).isEqualTo(3);
        assertThat(assessment.level(KpiLevel.LEVEL_4).unmetBecause())
                .isEqualTo("no progress report submitted on or after 2019-02-13, when implementation began");
    }

    @Test
    void a_report_sent_the_day_of_the_first_visit_counts_for_level_4() {
        MonthlyReportSubmitted sameDay = new MonthlyReportSubmitted(DRIVE_ID, "92-2562/12", ReportForm.FORM_62_1,
                YearMonth.of(2019, 1), YearMonth.of(2019, 1), null, "progress", FIRST_VISIT_ON, false, recording(12));

        LevelStatus level4 = assess(plus(actsThrough(LEVEL_3_REACHED), sameDay)).level(KpiLevel.LEVEL_4);

        assertThat(level4.reachedOn()).isEqualTo(FIRST_VISIT_ON);
        assertThat(level4.evidence()).containsExactly(new Evidence("92-2562/12", "MonthlyReportSubmitted",
                FIRST_VISIT_ON, "form 62-1 for 2019-01"));
    }

    @Test
    void level_4_names_every_report_sent_on_or_after_level_3_in_the_order_they_were_sent() {
        MonthlyReportSubmitted april = report("92-2562/21", ReportForm.FORM_62_1, YearMonth.of(2019, 4),
                LocalDate.of(2019, 5, 5));
        MonthlyReportSubmitted january = report("92-2562/22", ReportForm.FORM_62_1, YearMonth.of(2019, 1),
                LocalDate.of(2019, 2, 5));
        MonthlyReportSubmitted march = report("92-2562/23", ReportForm.FORM_62_1, YearMonth.of(2019, 3),
                LocalDate.of(2019, 4, 5));

        // Recorded out of order: April, then January (sent before the first visit), then March.
        LevelStatus level4 = assess(plus(acts(), octoberNovemberReport(), april, january, march))
                .level(KpiLevel.LEVEL_4);

        assertThat(level4.reachedOn()).isEqualTo(FEBRUARY_REPORTED_ON);
        assertThat(level4.evidence()).containsExactly(
                new Evidence("92-2562/12", "MonthlyReportSubmitted", FEBRUARY_REPORTED_ON,
                        "form 62-1 for 2019-02, letter ตง 0027/251"),
                new Evidence("92-2562/23", "MonthlyReportSubmitted", LocalDate.of(2019, 4, 5), "form 62-1 for 2019-03"),
                new Evidence("92-2562/21", "MonthlyReportSubmitted", LocalDate.of(2019, 5, 5), "form 62-1 for 2019-04"));
    }

    @Test
    void level_4_is_reached_on_the_earliest_of_its_reports_even_one_recorded_later() {
        MonthlyReportSubmitted sentLate = report("92-2562/21", ReportForm.FORM_62_1, YearMonth.of(2019, 1),
                LocalDate.of(2019, 2, 20));

        LevelStatus level4 = assess(plus(acts(), sentLate)).level(KpiLevel.LEVEL_4);

        assertThat(level4.reachedOn()).isEqualTo(LocalDate.of(2019, 2, 20));
        assertThat(level4.evidence()).extracting(Evidence::eventId).containsExactly("92-2562/21", "92-2562/12");
    }

    @Test
    void reports_sent_the_same_day_are_evidence_in_the_order_they_were_recorded() {
        MonthlyReportSubmitted form623 = report("92-2562/21", ReportForm.FORM_62_3, YearMonth.of(2019, 3),
                LocalDate.of(2019, 4, 5));
        MonthlyReportSubmitted form621 = report("92-2562/22", ReportForm.FORM_62_1, YearMonth.of(2019, 3),
                LocalDate.of(2019, 4, 5));

        LevelStatus level4 = assess(plus(acts(), form623, form621)).level(KpiLevel.LEVEL_4);

        // The same month on the other form is another report, not a resubmission.
        assertThat(level4.evidence()).extracting(Evidence::eventId)
                .containsExactly("92-2562/12", "92-2562/21", "92-2562/22");
    }

    @Test
    void a_resubmission_for_the_same_form_and_period_is_not_new_evidence() {
        MonthlyReportSubmitted februaryAgain = new MonthlyReportSubmitted(DRIVE_ID, "92-2562/21", ReportForm.FORM_62_1,
                YearMonth.of(2019, 2), YearMonth.of(2019, 2), "ตง 0027/260", "แก้ไขตัวเลข", LocalDate.of(2019, 3, 8),
                false, recording(21));

        LevelStatus level4 = assess(plus(acts(), februaryAgain)).level(KpiLevel.LEVEL_4);

        assertThat(level4.evidence()).extracting(Evidence::eventId).containsExactly("92-2562/12");
    }

    @Test
    void a_report_first_sent_before_level_3_stays_out_of_the_evidence_when_it_is_resubmitted_after() {
        MonthlyReportSubmitted january = report("92-2562/21", ReportForm.FORM_62_1, YearMonth.of(2019, 1),
                LocalDate.of(2019, 2, 5));
        MonthlyReportSubmitted januaryAgain = report("92-2562/22", ReportForm.FORM_62_1, YearMonth.of(2019, 1),
                LocalDate.of(2019, 2, 20));

        LevelStatus level4 = assess(plus(acts(), january, januaryAgain)).level(KpiLevel.LEVEL_4);

        assertThat(level4.reachedOn()).isEqualTo(FEBRUARY_REPORTED_ON);
        assertThat(level4.evidence()).extracting(Evidence::eventId).containsExactly("92-2562/12");
    }

    @Test
    void a_report_corrected_to_a_day_before_level_3_leaves_the_evidence_and_the_only_one_takes_level_4_with_it() {
        MonthlyReportSubmitted march = report("92-2562/21", ReportForm.FORM_62_1, YearMonth.of(2019, 3),
                LocalDate.of(2019, 4, 5));
        DriveHistory history = historyOf(plus(actsThrough(LEVEL_4_REACHED), march));
        history.correct(new RecordCorrected(DRIVE_ID, "92-2562/22", id(FEBRUARY_REPORTED), "MonthlyReportSubmitted",
                "the letter register shows 12 February", List.of(new FieldCorrection("submittedOn", "2019-02-12")),
                LocalDate.of(2019, 9, 25), false, recording(22)));

        LevelStatus level4 = KpiAssessor.assess(history).level(KpiLevel.LEVEL_4);

        assertThat(level4.reachedOn()).isEqualTo(LocalDate.of(2019, 4, 5));
        assertThat(level4.evidence()).extracting(Evidence::eventId).containsExactly("92-2562/21");

        DriveHistory withoutMarch = historyOf(actsThrough(LEVEL_4_REACHED));
        withoutMarch.correct(new RecordCorrected(DRIVE_ID, "92-2562/14", id(FEBRUARY_REPORTED),
                "MonthlyReportSubmitted", "the letter register shows 12 February",
                List.of(new FieldCorrection("submittedOn", "2019-02-12")), LocalDate.of(2019, 9, 25), false,
                recording(14)));

        KpiAssessment assessment = KpiAssessor.assess(withoutMarch);
        assertThat(assessment.currentLevel()).isEqualTo(3);
        assertThat(assessment.level(KpiLevel.LEVEL_4).unmetBecause())
                .isEqualTo("no progress report submitted on or after 2019-02-13, when implementation began");
    }

    @Test
    void a_summary_dated_before_level_4_was_reached_does_not_count_for_level_5() {
        OneGoalSummarySubmitted early = new OneGoalSummarySubmitted(DRIVE_ID, "92-2562/14", SUMMARY_LETTER, RESULTS, 45,
                LocalDate.of(2019, 3, 1), false, recording(14));

        LevelStatus level5 = assess(plus(actsThrough(LEVEL_4_REACHED), early)).level(KpiLevel.LEVEL_5);

        assertThat(level5.reached()).isFalse();
        assertThat(level5.unmetBecause()).isEqualTo("no One Goal summary submitted on or after 2019-03-05");
    }

    @Test
    void a_corrected_visit_date_re_dates_level_3() {
        DriveHistory history = historyOf(actsThrough(LEVEL_4_REACHED));
        history.correct(new RecordCorrected(DRIVE_ID, "92-2562/14", id(FIRST_VISIT), "FieldVisitLogged", "date",
                List.of(new FieldCorrection("visitDate", "๒๐ กุมภาพันธ์ ๒๕๖๒")), LocalDate.of(2019, 9, 25), false,
                recording(14)));

        KpiAssessment assessment = KpiAssessor.assess(history);

        assertThat(assessment.level(KpiLevel.LEVEL_3).reachedOn()).isEqualTo(LocalDate.of(2019, 2, 20));
        assertThat(assessment.level(KpiLevel.LEVEL_4).reachedOn()).isEqualTo(FEBRUARY_REPORTED_ON);
    }

    // The assessment itself ---------------------------------------------------------------------------------

    @Test
    void the_current_level_is_the_last_of_an_unbroken_run_from_level_1() {
        KpiAssessment gapAtLevel2 = new KpiAssessment(List.of(
                LevelStatus.reached(KpiLevel.LEVEL_1, ORDER_SIGNED_ON, List.of()),
                LevelStatus.unmet(KpiLevel.LEVEL_2, "none"),
                LevelStatus.reached(KpiLevel.LEVEL_3, FIRST_VISIT_ON, List.of()),
                LevelStatus.unmet(KpiLevel.LEVEL_4, "none"),
                LevelStatus.unmet(KpiLevel.LEVEL_5, "none")));

        assertThat(gapAtLevel2.currentLevel()).isEqualTo(1);
    }

    @Test
    void a_level_is_reached_by_a_date_from_the_day_it_was_reached_on() {
        KpiAssessment assessment = assess(actsThrough(LEVEL_2_REACHED));

        assertThat(assessment.reachedBy(KpiLevel.LEVEL_2, LocalDate.of(2019, 1, 14))).isFalse();
        assertThat(assessment.reachedBy(KpiLevel.LEVEL_2, MEETING_1_HELD_ON)).isTrue();
        assertThat(assessment.reachedBy(KpiLevel.LEVEL_2, SUMMARY_SENT_ON)).isTrue();
        assertThat(assessment.reachedBy(KpiLevel.LEVEL_3, SUMMARY_SENT_ON)).isFalse();
    }

    @Test
    void the_sectors_of_trangs_working_group_are_government_private_and_people() {
        assertThat(KpiAssessor.sectorsOf(WORKING_GROUP)).isEqualTo(EnumSet.allOf(Sector.class));
        assertThat(KpiAssessor.sectorsOf(List.of(VICE_GOVERNOR, LABOUR_HEAD))).containsExactly(Sector.GOVERNMENT);
    }

    @Test
    void kpi_levels_are_numbered_1_to_5() {
        assertThat(KpiLevel.of(1)).isEqualTo(KpiLevel.LEVEL_1);
        assertThat(KpiLevel.of(5)).isEqualTo(KpiLevel.LEVEL_5);
        assertThat(KpiLevel.LEVEL_3.number()).isEqualTo(3);
    }
}
