package th.go.mol.oneplan.drive.reporting;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.drive.kpi.Evidence;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * Step 5: progress is reported monthly on forms 62-1 and 62-3 (by the 5th of each month). The first report
 * on or after the day implementation began (level 3) reaches KPI level 4; each later one joins its evidence
 * (see {@link th.go.mol.oneplan.drive.kpi.Level4EvidenceTest}).
 */
class SubmitMonthlyReportTest {
    private static final YearMonth OCTOBER_2018 = YearMonth.of(2018, 10);
    private static final YearMonth NOVEMBER_2018 = YearMonth.of(2018, 11);
    private static final YearMonth FEBRUARY_2019 = YearMonth.of(2019, 2);

    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static SubmitMonthlyReport report(ReportForm form, YearMonth from, YearMonth to, LocalDate on,
                                              String letter, boolean lateRecord) {
        return new SubmitMonthlyReport(DRIVE_ID, form, from, to, on, letter, "ความก้าวหน้า", lateRecord,
                recording(FEBRUARY_REPORTED));
    }

    @Test
    void the_february_report_on_form_62_1_sent_2019_03_05_reaches_level_4() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(submitFebruaryReport())
                .expectEvents(
                        new MonthlyReportSubmitted(DRIVE_ID, "92-2562/12", ReportForm.FORM_62_1, FEBRUARY_2019,
                                FEBRUARY_2019, "ตง 0027/251", "ลงพื้นที่ศูนย์นำร่องบางกุ้ง; จัดฝึกอบรมรุ่นแรก",
                                LocalDate.of(2019, 3, 5), false, recording(FEBRUARY_REPORTED)),
                        new KpiLevelReached(DRIVE_ID, "92-2562/13", 4, LocalDate.of(2019, 3, 5),
                                List.of(new Evidence("92-2562/12", "MonthlyReportSubmitted", LocalDate.of(2019, 3, 5),
                                        "form 62-1 for 2019-02, letter ตง 0027/251")),
                                "92-2562/12", false, recording(FEBRUARY_REPORTED)));
    }

    @Test
    void the_first_report_for_october_and_november_due_2018_12_03_is_recorded_but_reaches_no_level() {
        LocalDate december3 = LocalDate.of(2018, 12, 3);

        fixture.given(through(AGENDA_SELECTED))
                .when(report(ReportForm.FORM_62_3, OCTOBER_2018, NOVEMBER_2018, december3, " ", false))
                .expectEvents(new MonthlyReportSubmitted(DRIVE_ID, "92-2562/4", ReportForm.FORM_62_3, OCTOBER_2018,
                        NOVEMBER_2018, null, "ความก้าวหน้า", december3, false, recording(FEBRUARY_REPORTED)));
    }

    @Test
    void a_report_before_any_field_visit_does_not_reach_level_4() {
        LocalDate february5 = LocalDate.of(2019, 2, 5);

        fixture.given(through(LEVEL_2_REACHED))
                .when(report(ReportForm.FORM_62_1, YearMonth.of(2019, 1), YearMonth.of(2019, 1), february5, "ตง 0027/120",
                        false))
                .expectEvents(new MonthlyReportSubmitted(DRIVE_ID, "92-2562/10", ReportForm.FORM_62_1,
                        YearMonth.of(2019, 1), YearMonth.of(2019, 1), "ตง 0027/120", "ความก้าวหน้า", february5, false,
                        recording(FEBRUARY_REPORTED)));
    }

    @Test
    void a_report_may_be_sent_during_the_month_it_covers() {
        LocalDate february28 = LocalDate.of(2019, 2, 28);

        fixture.given(through(LEVEL_3_REACHED))
                .when(report(ReportForm.FORM_62_1, FEBRUARY_2019, FEBRUARY_2019, february28, null, false))
                .expectEvents(
                        new MonthlyReportSubmitted(DRIVE_ID, id(12), ReportForm.FORM_62_1, FEBRUARY_2019,
                                FEBRUARY_2019, null, "ความก้าวหน้า", february28, false, recording(FEBRUARY_REPORTED)),
                        new KpiLevelReached(DRIVE_ID, id(13), 4, february28,
                                List.of(new Evidence(id(12), "MonthlyReportSubmitted", february28,
                                        "form 62-1 for 2019-02")),
                                id(12), false, recording(FEBRUARY_REPORTED)));
    }

    @Test
    void refuses_a_report_without_its_form_or_period() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(report(null, FEBRUARY_2019, FEBRUARY_2019, FEBRUARY_REPORTED_ON, null, false))
                .expectException(invalidValue("form", "required"));
        fixture.given(through(LEVEL_3_REACHED))
                .when(report(ReportForm.FORM_62_1, null, FEBRUARY_2019, FEBRUARY_REPORTED_ON, null, false))
                .expectException(invalidValue("periodFrom", "required"));
        fixture.given(through(LEVEL_3_REACHED))
                .when(report(ReportForm.FORM_62_1, FEBRUARY_2019, null, FEBRUARY_REPORTED_ON, null, false))
                .expectException(invalidValue("periodTo", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_period_that_ends_before_it_begins() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(report(ReportForm.FORM_62_1, FEBRUARY_2019, YearMonth.of(2019, 1), FEBRUARY_REPORTED_ON, null,
                        false))
                .expectException(invalidValue("periodTo", "period-order"))
                .expectExceptionMessage(containsString("periodTo 2019-01 is before periodFrom 2019-02"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_period_with_months_outside_the_fiscal_year() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(report(ReportForm.FORM_62_1, YearMonth.of(2018, 9), OCTOBER_2018, LocalDate.of(2018, 11, 5), null,
                        false))
                .expectException(invalidValue("periodFrom", "period-in-fiscal-year"))
                .expectExceptionMessage(containsString("covers months from 2018-10-01 to 2019-09-30"));
        fixture.given(through(LEVEL_3_REACHED))
                .when(report(ReportForm.FORM_62_1, YearMonth.of(2019, 9), YearMonth.of(2019, 10),
                        LocalDate.of(2019, 10, 1), null, true))
                .expectException(invalidValue("periodFrom", "period-in-fiscal-year"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_report_sent_before_the_period_it_covers_had_begun() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(report(ReportForm.FORM_62_1, YearMonth.of(2019, 3), YearMonth.of(2019, 3), LocalDate.of(2019, 2, 28),
                        null, false))
                .expectException(brokenRule("report-before-period"))
                .expectExceptionMessage(containsString("a report submitted on 2019-02-28 cannot cover 2019-03"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_report_without_a_summary() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(new SubmitMonthlyReport(DRIVE_ID, ReportForm.FORM_62_1, FEBRUARY_2019, FEBRUARY_2019,
                        FEBRUARY_REPORTED_ON, null, " ", false, recording(FEBRUARY_REPORTED)))
                .expectException(invalidValue("summary", "required"))
                .expectNoEvents();
    }

    @Test
    void the_september_report_sent_in_october_is_an_ordinary_report_of_the_year() {
        YearMonth september = YearMonth.of(2019, 9);
        LocalDate october1 = LocalDate.of(2019, 10, 1);

        fixture.given(through(LEVEL_4_REACHED))
                .when(report(ReportForm.FORM_62_1, september, september, october1, null, false))
                .expectEvents(
                        new MonthlyReportSubmitted(DRIVE_ID, id(14), ReportForm.FORM_62_1, september, september,
                                null, "ความก้าวหน้า", october1, false, recording(FEBRUARY_REPORTED)),
                        // It follows up the plan like any other: level 4 stands on it too, still since 2019-03-05.
                        new KpiLevelReached(DRIVE_ID, id(15), 4, FEBRUARY_REPORTED_ON,
                                List.of(level4Reached().evidence().get(0),
                                        new Evidence(id(14), "MonthlyReportSubmitted", october1, "form 62-1 for 2019-09")),
                                id(14), false, recording(FEBRUARY_REPORTED)));
    }

    @Test
    void refuses_a_report_covering_months_that_had_not_begun_when_it_was_sent() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(report(ReportForm.FORM_62_1, FEBRUARY_2019, YearMonth.of(2019, 9), LocalDate.of(2019, 2, 5),
                        null, false))
                .expectException(brokenRule("report-before-period"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_report_dated_after_the_day_it_is_recorded() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(report(ReportForm.FORM_62_1, YearMonth.of(2019, 9), YearMonth.of(2019, 9), LocalDate.of(2019, 10, 5),
                        null, true))
                .expectException(invalidValue("submittedOn", "not-in-future"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_report_without_the_day_it_was_sent() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(report(ReportForm.FORM_62_1, FEBRUARY_2019, FEBRUARY_2019, null, null, false))
                .expectException(invalidValue("submittedOn", "required"))
                .expectNoEvents();
    }
}
