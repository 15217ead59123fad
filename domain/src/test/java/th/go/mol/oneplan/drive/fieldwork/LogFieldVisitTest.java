package th.go.mol.oneplan.drive.fieldwork;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.TrangDrive;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.drive.kpi.Evidence;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * Step 4: field visits carry out the approved One Plan at the pilot sites. The first visit on or after the
 * approval reaches KPI level 3.
 */
class LogFieldVisitTest {
    private static final List<String> AGENCIES = List.of("สำนักงานแรงงานจังหวัดตรัง");
    private static final List<String> SERVICES = List.of("ให้คำปรึกษาด้านสิทธิแรงงาน");

    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static LogFieldVisit visit(LocalDate on, int site, String project, int people, boolean lateRecord) {
        return new LogFieldVisit(DRIVE_ID, on, site, "ศูนย์แรงงานนอกระบบ", AGENCIES, people, SERVICES, project,
                lateRecord, recording(FIRST_VISIT));
    }

    private static FieldVisitLogged logged(int position, LocalDate on, int site, String siteName, String project,
                                           int people, boolean lateRecord) {
        return new FieldVisitLogged(DRIVE_ID, id(position), site, siteName, "ศูนย์แรงงานนอกระบบ", AGENCIES, people,
                SERVICES, project, on, lateRecord, recording(FIRST_VISIT));
    }

    @Test
    void the_first_visit_bang_kung_on_2019_02_13_reaches_level_3() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(logFirstVisit())
                .expectEvents(
                        new FieldVisitLogged(DRIVE_ID, "92-2562/10", 920606, "บางกุ้ง",
                                "ศูนย์แรงงานนอกระบบนำร่อง ตำบลบางกุ้ง",
                                List.of("สำนักงานแรงงานจังหวัดตรัง", "สำนักงานพัฒนาฝีมือแรงงานตรัง"), 45,
                                List.of("สำรวจความต้องการของแรงงานนอกระบบ"), "P3", LocalDate.of(2019, 2, 13), false,
                                recording(FIRST_VISIT)),
                        new KpiLevelReached(DRIVE_ID, "92-2562/11", 3, LocalDate.of(2019, 2, 13),
                                List.of(new Evidence("92-2562/10", "FieldVisitLogged", LocalDate.of(2019, 2, 13),
                                        "visit to บางกุ้ง (920606) for project P3")),
                                "92-2562/10", false, recording(FIRST_VISIT)));
    }

    @Test
    void a_later_visit_to_wang_maprang_nuea_leaves_level_3_where_it_was() {
        LocalDate march12 = LocalDate.of(2019, 3, 12);

        fixture.given(through(LEVEL_4_REACHED))
                .when(visit(march12, WANG_MAPRANG_NUEA, "P1", 60, false))
                .expectEvents(logged(14, march12, WANG_MAPRANG_NUEA, "วังมะปรางเหนือ", "P1", 60, false));
    }

    @Test
    void a_visit_recorded_later_but_held_earlier_re_dates_level_3_to_it() {
        LocalDate february1 = LocalDate.of(2019, 2, 1);

        fixture.given(through(LEVEL_3_REACHED))
                .when(visit(february1, KANTANG, "P3", 30, false))
                .expectEvents(
                        logged(12, february1, KANTANG, "กันตัง", "P3", 30, false),
                        new KpiLevelReached(DRIVE_ID, id(13), 3, february1,
                                List.of(new Evidence(id(12), "FieldVisitLogged", february1,
                                        "visit to กันตัง (920201) for project P3")),
                                id(12), false, recording(FIRST_VISIT)));
    }

    @Test
    void keeps_only_the_agencies_and_services_that_say_something() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(new LogFieldVisit(DRIVE_ID, LocalDate.of(2019, 3, 28), KANTANG, " ท่าเรือกันตัง ",
                        Arrays.asList(" สำนักงานแรงงานจังหวัดตรัง ", "", null), 25, null, " P3 ", false,
                        recording(FIRST_VISIT)))
                .expectEvents(new FieldVisitLogged(DRIVE_ID, id(12), KANTANG, "กันตัง", "ท่าเรือกันตัง",
                        List.of("สำนักงานแรงงานจังหวัดตรัง"), 25, List.of(), "P3", LocalDate.of(2019, 3, 28), false,
                        recording(FIRST_VISIT)));
    }

    @Test
    void a_visit_to_a_site_the_plan_in_force_does_not_list_is_recorded_and_flagged_not_refused() {
        // Version 1 runs P3 at four sites, Kantang among them; version 2 (approved 2019-04-17) narrows it to Wang
        // Maprang Nuea. The Trang source still records a visit to Kantang on 2019-04-24: the ledger records it.
        LocalDate march28 = LocalDate.of(2019, 3, 28);
        fixture.given(through(LEVEL_3_REACHED))
                .when(visit(march28, KANTANG, "P3", 25, false))
                .expectEvents(logged(12, march28, KANTANG, "กันตัง", "P3", 25, false));
        LocalDate april24 = LocalDate.of(2019, 4, 24);
        FieldVisitLogged toKantang = logged(18, april24, KANTANG, "กันตัง", "P3", 25, false);
        fixture.given(through(REVISION_APPROVED))
                .when(visit(april24, KANTANG, "P3", 25, false))
                .expectEvents(toKantang);

        List<RecordedAct> acts = new ArrayList<>();
        through(REVISION_APPROVED).stream().filter(RecordedAct.class::isInstance).map(RecordedAct.class::cast)
                .forEach(acts::add);
        acts.add(toKantang);
        Optional<String> flag = FieldVisitRules.outsidePlanInForce(toKantang, TrangDrive.historyOf(acts));

        assertThat(flag).hasValueSatisfying(f -> assertThat(f).startsWith("outside the plan in force: ")
                .contains(String.valueOf(KANTANG)).contains("P3").contains(String.valueOf(WANG_MAPRANG_NUEA)));
        FieldVisitLogged toWangMaprangNuea = logged(18, april24, WANG_MAPRANG_NUEA, "วังมะปรางเหนือ", "P3", 25, false);
        assertThat(FieldVisitRules.outsidePlanInForce(toWangMaprangNuea, TrangDrive.historyOf(acts))).isEmpty();
        FieldVisitLogged marchToKantang = logged(12, march28, KANTANG, "กันตัง", "P3", 25, false);
        assertThat(FieldVisitRules.outsidePlanInForce(marchToKantang, TrangDrive.historyOf(acts)))
                .as("version 1 was in force on 2019-03-28").isEmpty();
    }

    @Test
    void refuses_a_field_visit_before_any_plan_is_approved() {
        fixture.given(through(MEETING_1_HELD))
                .when(visit(FIRST_VISIT_ON, BANG_KUNG, "P3", 45, false))
                .expectException(brokenRule("field-visit-needs-approved-plan"))
                .expectExceptionMessage(containsString("none was approved on or before 2019-02-13"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_field_visit_held_the_day_before_the_plan_was_approved() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(visit(LocalDate.of(2019, 1, 14), BANG_KUNG, "P3", 45, false))
                .expectException(brokenRule("field-visit-needs-approved-plan"))
                .expectNoEvents();
    }

    @Test
    void a_field_visit_on_the_day_of_the_approval_meeting_counts() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(visit(MEETING_1_HELD_ON, BANG_KUNG, "P3", 45, false))
                .expectEvents(
                        logged(10, MEETING_1_HELD_ON, BANG_KUNG, "บางกุ้ง", "P3", 45, false),
                        new KpiLevelReached(DRIVE_ID, id(11), 3, MEETING_1_HELD_ON,
                                List.of(new Evidence(id(10), "FieldVisitLogged", MEETING_1_HELD_ON,
                                        "visit to บางกุ้ง (920606) for project P3")),
                                id(10), false, recording(FIRST_VISIT)));
    }

    @Test
    void refuses_a_project_that_is_not_in_the_approved_plan() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(visit(FIRST_VISIT_ON, BANG_KUNG, "P9", 45, false))
                .expectException(brokenRule("project-of-approved-plan"))
                .expectExceptionMessage(containsString("project P9 is not in the plan version in force on 2019-02-13"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_project_of_a_revision_still_waiting_for_approval() {
        fixture.given(through(PLAN_REVISED))
                .when(visit(LocalDate.of(2019, 4, 20), WANG_MAPRANG_NUEA, "P5", 30, false))
                .expectException(brokenRule("project-of-approved-plan"))
                .expectNoEvents();
    }

    @Test
    void a_project_of_the_approved_revision_counts_from_the_day_of_its_approval() {
        LocalDate april20 = LocalDate.of(2019, 4, 20);

        fixture.given(through(REVISION_APPROVED))
                .when(visit(april20, WANG_MAPRANG_NUEA, "P5", 30, false))
                .expectEvents(logged(18, april20, WANG_MAPRANG_NUEA, "วังมะปรางเหนือ", "P5", 30, false));
    }

    @Test
    void refuses_a_project_of_the_revision_for_a_visit_held_before_the_revision_was_approved() {
        fixture.given(through(REVISION_APPROVED))
                .when(visit(LocalDate.of(2019, 4, 10), WANG_MAPRANG_NUEA, "P5", 30, false))
                .expectException(brokenRule("project-of-approved-plan"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_project_dropped_by_the_approved_revision() {
        fixture.given(through(REVISION_APPROVED))
                .when(visit(LocalDate.of(2019, 4, 24), BANG_KUNG, "P4", 30, false))
                .expectException(brokenRule("project-of-approved-plan"))
                .expectNoEvents();
    }

    @Test
    void the_plan_in_force_follows_a_corrected_date_of_the_approval_meeting() {
        // Meeting 1/2562 was in fact held on 2019-01-12: level 2 moves to that day, and so does the plan in force.
        LocalDate january12 = LocalDate.of(2019, 1, 12);
        RecordCorrected meetingRedated = new RecordCorrected(DRIVE_ID, id(10), id(MEETING_1_HELD), "MeetingRecorded",
                "the minutes give 12 January", List.of(new FieldCorrection("meetingDate", "2019-01-12")),
                LocalDate.of(2019, 2, 1), false, recording(10));
        KpiLevelReached level2Redated = new KpiLevelReached(DRIVE_ID, id(11), 2, january12, List.of(
                new Evidence(id(PLAN_DRAFTED), "PlanDrafted", PLAN_DRAFTED_ON, "One Plan version 1"),
                new Evidence(id(MEETING_1_HELD), "MeetingRecorded", january12, "meeting 1/2562"),
                new Evidence(id(PLAN_APPROVED), "PlanApproved", MEETING_1_HELD_ON,
                        "One Plan version 1 approved at meeting 1/2562")),
                id(10), false, recording(10));
        LocalDate january13 = LocalDate.of(2019, 1, 13);

        fixture.given(through(LEVEL_2_REACHED))
                .andGiven(meetingRedated, level2Redated)
                .when(visit(january13, BANG_KUNG, "P3", 45, false))
                .expectEvents(
                        logged(12, january13, BANG_KUNG, "บางกุ้ง", "P3", 45, false),
                        new KpiLevelReached(DRIVE_ID, id(13), 3, january13,
                                List.of(new Evidence(id(12), "FieldVisitLogged", january13,
                                        "visit to บางกุ้ง (920606) for project P3")),
                                id(12), false, recording(FIRST_VISIT)));
    }

    @Test
    void refuses_a_project_of_the_revision_before_the_corrected_date_of_its_approval_meeting() {
        // Meeting 2/2562 was in fact held on 2019-04-25: version 2 is in force only from then on.
        RecordCorrected meeting2Redated = new RecordCorrected(DRIVE_ID, id(18), id(MEETING_2_HELD), "MeetingRecorded",
                "the minutes give 25 April", List.of(new FieldCorrection("meetingDate", "2019-04-25")),
                LocalDate.of(2019, 5, 1), false, recording(18));

        fixture.given(through(REVISION_APPROVED))
                .andGiven(meeting2Redated)
                .when(visit(LocalDate.of(2019, 4, 20), WANG_MAPRANG_NUEA, "P5", 30, false))
                .expectException(brokenRule("project-of-approved-plan"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_site_outside_trang() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(visit(FIRST_VISIT_ON, TALAT_SURAT_THANI, "P3", 45, false))
                .expectException(invalidValue("siteSubdistrictCode", "subdistrict-in-province"))
                .expectExceptionMessage(containsString("subdistrict 840101 (ตลาด) is not in province 92"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_site_code_that_is_no_thai_subdistrict() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(visit(FIRST_VISIT_ON, 920799, "P3", 45, false))
                .expectException(invalidValue("siteSubdistrictCode", "thai-subdistrict"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_negative_number_of_people_reached() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(visit(FIRST_VISIT_ON, BANG_KUNG, "P3", -1, false))
                .expectException(invalidValue("peopleReached", "not-negative"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_visit_without_a_venue_or_a_project() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(new LogFieldVisit(DRIVE_ID, FIRST_VISIT_ON, BANG_KUNG, " ", AGENCIES, 45, SERVICES, "P3", false,
                        recording(FIRST_VISIT)))
                .expectException(invalidValue("venue", "required"))
                .expectNoEvents();
        fixture.given(through(LEVEL_2_REACHED))
                .when(visit(FIRST_VISIT_ON, BANG_KUNG, " ", 45, false))
                .expectException(invalidValue("planProjectCode", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_visit_without_a_date() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(visit(null, BANG_KUNG, "P3", 45, false))
                .expectException(invalidValue("visitDate", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_visit_after_the_fiscal_year_unless_recorded_as_late() {
        LocalDate afterTheYear = LocalDate.of(2019, 10, 1);

        fixture.given(through(LEVEL_3_REACHED))
                .when(visit(afterTheYear, WANG_MAPRANG_NUEA, "P3", 20, false))
                .expectException(brokenRule("date-outside-fiscal-year"))
                .expectExceptionMessage(containsString("visitDate 2019-10-01 is outside fiscal year 2562"))
                .expectNoEvents();
        fixture.given(through(LEVEL_3_REACHED))
                .when(visit(afterTheYear, WANG_MAPRANG_NUEA, "P3", 20, true))
                .expectEvents(logged(12, afterTheYear, WANG_MAPRANG_NUEA, "วังมะปรางเหนือ", "P3", 20, true));
    }

    @Test
    void refuses_a_visit_dated_after_the_day_it_is_recorded() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(visit(LocalDate.of(2019, 10, 2), WANG_MAPRANG_NUEA, "P3", 20, true))
                .expectException(invalidValue("visitDate", "not-in-future"))
                .expectNoEvents();
    }
}
