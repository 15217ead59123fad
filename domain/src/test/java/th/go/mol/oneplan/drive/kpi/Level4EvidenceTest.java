package th.go.mol.oneplan.drive.kpi;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.drive.correction.CorrectRecord;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.ReportForm;
import th.go.mol.oneplan.drive.reporting.SubmitMonthlyReport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * Level 4, "progress followed up and reported", names every monthly report that followed up the plan: each
 * report sent on or after the day level 3 was reached (Trang's first field visit, 2019-02-13) joins the
 * evidence, and the drive records it as {@link KpiLevelReached} again with the same day and the longer list.
 * A report sent before any field work, or sent again for a period already reported, does not.
 */
class Level4EvidenceTest {
    private static final YearMonth JANUARY = YearMonth.of(2019, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2019, 2);
    private static final YearMonth MARCH = YearMonth.of(2019, 3);
    private static final YearMonth APRIL = YearMonth.of(2019, 4);
    private static final LocalDate MARCH_REPORTED_ON = LocalDate.of(2019, 4, 5);
    private static final LocalDate APRIL_REPORTED_ON = LocalDate.of(2019, 5, 5);
    private static final LocalDate FOUND_ON = LocalDate.of(2019, 9, 25);
    private static final Evidence FEBRUARY_REPORT = new Evidence(id(FEBRUARY_REPORTED), "MonthlyReportSubmitted",
            FEBRUARY_REPORTED_ON, "form 62-1 for 2019-02, letter " + FEBRUARY_REPORT_LETTER);

    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    /** The officer records, as act number {@code n} of the stream, the report on a form for a month. */
    private static SubmitMonthlyReport send(int n, ReportForm form, YearMonth month, LocalDate sentOn) {
        return new SubmitMonthlyReport(DRIVE_ID, form, month, month, sentOn, null, "ความก้าวหน้า", false, recording(n));
    }

    private static MonthlyReportSubmitted sent(int n, ReportForm form, YearMonth month, LocalDate sentOn) {
        return new MonthlyReportSubmitted(DRIVE_ID, id(n), form, month, month, null, "ความก้าวหน้า", sentOn, false,
                recording(n));
    }

    private static Evidence evidenceOf(int n, ReportForm form, YearMonth month, LocalDate sentOn) {
        return new Evidence(id(n), "MonthlyReportSubmitted", sentOn, "form " + form.code() + " for " + month);
    }

    /** Level 4 recorded as event {@code n}, reached on the day, standing on the evidence, because of act {@code causedBy}. */
    private static KpiLevelReached level4(int n, LocalDate reachedOn, int causedBy, int recordedAs, Evidence... evidence) {
        return new KpiLevelReached(DRIVE_ID, id(n), 4, reachedOn, List.of(evidence), id(causedBy), false,
                recording(recordedAs));
    }

    @Test
    void a_report_sent_before_the_first_field_visit_is_recorded_but_is_no_evidence_of_level_4() {
        LocalDate february5 = LocalDate.of(2019, 2, 5);

        // January's report went out on 5 February, a week before the first visit; it is recorded after the visit.
        fixture.given(through(LEVEL_3_REACHED))
                .when(send(12, ReportForm.FORM_62_1, JANUARY, february5))
                .expectEvents(sent(12, ReportForm.FORM_62_1, JANUARY, february5));
    }

    @Test
    void level_4_is_reached_by_the_first_report_after_the_visit_and_stands_on_it_alone() {
        LocalDate february5 = LocalDate.of(2019, 2, 5);

        fixture.given(through(LEVEL_3_REACHED))
                .andGiven(sent(12, ReportForm.FORM_62_1, JANUARY, february5))
                .when(send(13, ReportForm.FORM_62_1, FEBRUARY, FEBRUARY_REPORTED_ON))
                .expectEvents(sent(13, ReportForm.FORM_62_1, FEBRUARY, FEBRUARY_REPORTED_ON),
                        level4(14, FEBRUARY_REPORTED_ON, 13, 13,
                                evidenceOf(13, ReportForm.FORM_62_1, FEBRUARY, FEBRUARY_REPORTED_ON)));
    }

    @Test
    void the_march_report_joins_the_evidence_and_level_4_is_recorded_again_on_the_same_day() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(send(14, ReportForm.FORM_62_1, MARCH, MARCH_REPORTED_ON))
                .expectEvents(sent(14, ReportForm.FORM_62_1, MARCH, MARCH_REPORTED_ON),
                        level4(15, FEBRUARY_REPORTED_ON, 14, 14, FEBRUARY_REPORT,
                                evidenceOf(14, ReportForm.FORM_62_1, MARCH, MARCH_REPORTED_ON)));
    }

    @Test
    void each_further_report_extends_the_evidence_again() {
        Evidence march = evidenceOf(14, ReportForm.FORM_62_1, MARCH, MARCH_REPORTED_ON);

        fixture.given(through(LEVEL_4_REACHED))
                .andGiven(sent(14, ReportForm.FORM_62_1, MARCH, MARCH_REPORTED_ON),
                        level4(15, FEBRUARY_REPORTED_ON, 14, 14, FEBRUARY_REPORT, march))
                .when(send(16, ReportForm.FORM_62_1, APRIL, APRIL_REPORTED_ON))
                .expectEvents(sent(16, ReportForm.FORM_62_1, APRIL, APRIL_REPORTED_ON),
                        level4(17, FEBRUARY_REPORTED_ON, 16, 16, FEBRUARY_REPORT, march,
                                evidenceOf(16, ReportForm.FORM_62_1, APRIL, APRIL_REPORTED_ON)));
    }

    @Test
    void the_same_month_on_the_other_form_is_another_report_and_joins_the_evidence() {
        LocalDate march6 = LocalDate.of(2019, 3, 6);

        fixture.given(through(LEVEL_4_REACHED))
                .when(send(14, ReportForm.FORM_62_3, FEBRUARY, march6))
                .expectEvents(sent(14, ReportForm.FORM_62_3, FEBRUARY, march6),
                        level4(15, FEBRUARY_REPORTED_ON, 14, 14, FEBRUARY_REPORT,
                                evidenceOf(14, ReportForm.FORM_62_3, FEBRUARY, march6)));
    }

    @Test
    void the_february_report_sent_again_is_a_resubmission_kept_in_the_trail_but_not_new_evidence() {
        LocalDate march8 = LocalDate.of(2019, 3, 8);

        fixture.given(through(LEVEL_4_REACHED))
                .when(send(14, ReportForm.FORM_62_1, FEBRUARY, march8))
                .expectEvents(sent(14, ReportForm.FORM_62_1, FEBRUARY, march8));
    }

    @Test
    void a_report_sent_later_but_dated_earlier_re_dates_level_4_and_leads_the_evidence() {
        LocalDate february20 = LocalDate.of(2019, 2, 20);

        // January's report, late: sent on 20 February, after the first visit, and recorded after February's.
        fixture.given(through(LEVEL_4_REACHED))
                .when(send(14, ReportForm.FORM_62_1, JANUARY, february20))
                .expectEvents(sent(14, ReportForm.FORM_62_1, JANUARY, february20),
                        level4(15, february20, 14, 14, evidenceOf(14, ReportForm.FORM_62_1, JANUARY, february20),
                                FEBRUARY_REPORT));
    }

    @Test
    void a_report_whose_date_is_corrected_to_before_the_first_visit_leaves_the_evidence() {
        LocalDate february20 = LocalDate.of(2019, 2, 20);
        FieldCorrection sentOn = new FieldCorrection("submittedOn", "5 กุมภาพันธ์ 2562");

        fixture.given(through(LEVEL_4_REACHED))
                .andGiven(sent(14, ReportForm.FORM_62_1, JANUARY, february20),
                        level4(15, february20, 14, 14, evidenceOf(14, ReportForm.FORM_62_1, JANUARY, february20),
                                FEBRUARY_REPORT))
                .when(new CorrectRecord(DRIVE_ID, id(14), "the letter register shows 5 February", List.of(sentOn),
                        FOUND_ON, false, recording(16)))
                .expectEvents(new RecordCorrected(DRIVE_ID, id(16), id(14), "MonthlyReportSubmitted",
                                "the letter register shows 5 February", List.of(sentOn), FOUND_ON, false, recording(16)),
                        level4(17, FEBRUARY_REPORTED_ON, 16, 16, FEBRUARY_REPORT));
    }

    @Test
    void the_only_report_corrected_to_before_the_first_visit_loses_level_4_and_level_5_with_it() {
        FieldCorrection sentOn = new FieldCorrection("submittedOn", "2019-02-12");

        fixture.given(through(LEVEL_5_REACHED))
                .when(new CorrectRecord(DRIVE_ID, id(FEBRUARY_REPORTED), "the letter register shows 12 February",
                        List.of(sentOn), FOUND_ON, false, recording(21)))
                .expectEvents(new RecordCorrected(DRIVE_ID, id(21), id(FEBRUARY_REPORTED), "MonthlyReportSubmitted",
                                "the letter register shows 12 February", List.of(sentOn), FOUND_ON, false,
                                recording(21)),
                        new KpiLevelLost(DRIVE_ID, id(22), 4, FEBRUARY_REPORTED_ON,
                                "no progress report submitted on or after 2019-02-13, when implementation began",
                                id(21), FOUND_ON, false, recording(21)),
                        new KpiLevelLost(DRIVE_ID, id(23), 5, SUMMARY_SENT_ON, "level 4 is not reached", id(21),
                                FOUND_ON, false, recording(21)));
    }
}
