package th.go.mol.oneplan.drive.reporting;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.drive.kpi.Evidence;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * Step 6: the summary of results against the One Goal goes to the ministry by official letter, by
 * 30 September. It is KPI level 5 and needs level 4; a drive sends it once.
 */
class SubmitOneGoalSummaryTest {
    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static SubmitOneGoalSummary summary(LocalDate on, String letter, String results, int people,
                                                boolean lateRecord) {
        return new SubmitOneGoalSummary(DRIVE_ID, on, letter, results, people, lateRecord, recording(SUMMARY_SENT));
    }

    @Test
    void letter_ตง_0027_1082_of_2019_09_30_reaches_level_5_for_1692_informal_workers() {
        fixture.given(through(SERVICE_DAY))
                .when(summary(LocalDate.of(2019, 9, 30), "ตง 0027/1082", RESULTS, 1_692, false))
                .expectEvents(
                        new OneGoalSummarySubmitted(DRIVE_ID, "92-2562/19", "ตง 0027/1082", RESULTS, 1_692,
                                LocalDate.of(2019, 9, 30), false, recording(SUMMARY_SENT)),
                        new KpiLevelReached(DRIVE_ID, "92-2562/20", 5, LocalDate.of(2019, 9, 30),
                                List.of(new Evidence("92-2562/19", "OneGoalSummarySubmitted", LocalDate.of(2019, 9, 30),
                                        "letter ตง 0027/1082")),
                                "92-2562/19", false, recording(SUMMARY_SENT)));
    }

    @Test
    void a_summary_on_the_day_level_4_was_reached_reaches_level_5() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(summary(FEBRUARY_REPORTED_ON, " ตง 0027/300 ", " early results ", 45, false))
                .expectEvents(
                        new OneGoalSummarySubmitted(DRIVE_ID, id(14), "ตง 0027/300", "early results", 45,
                                FEBRUARY_REPORTED_ON, false, recording(SUMMARY_SENT)),
                        new KpiLevelReached(DRIVE_ID, id(15), 5, FEBRUARY_REPORTED_ON,
                                List.of(new Evidence(id(14), "OneGoalSummarySubmitted", FEBRUARY_REPORTED_ON,
                                        "letter ตง 0027/300")),
                                id(14), false, recording(SUMMARY_SENT)));
    }

    @Test
    void refuses_a_summary_before_progress_was_ever_reported_level_4() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(summary(SUMMARY_SENT_ON, SUMMARY_LETTER, RESULTS, 1_692, false))
                .expectException(brokenRule("level-5-needs-level-4"))
                .expectExceptionMessage(containsString("needs level 4 reached on or before 2019-09-30: no progress"
                        + " report submitted on or after 2019-02-13, when implementation began"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_summary_dated_before_level_4_was_reached() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(summary(LocalDate.of(2019, 3, 1), SUMMARY_LETTER, RESULTS, 1_692, false))
                .expectException(brokenRule("level-5-needs-level-4"))
                .expectExceptionMessage(containsString("level 4 was reached only on 2019-03-05"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_summary_when_nothing_but_the_drive_is_recorded() {
        fixture.given(through(STARTED))
                .when(summary(SUMMARY_SENT_ON, SUMMARY_LETTER, RESULTS, 0, false))
                .expectException(brokenRule("level-5-needs-level-4"))
                .expectExceptionMessage(containsString("level 3 is not reached"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_second_summary_a_mistake_in_it_is_corrected_instead() {
        fixture.given(through(LEVEL_5_REACHED))
                .when(summary(SUMMARY_SENT_ON, "ตง 0027/1083", RESULTS, 1_700, false))
                .expectException(brokenRule("one-goal-summary-already-submitted"))
                .expectExceptionMessage(containsString("fix a mistake in it with a correction"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_summary_without_its_letter_number() {
        fixture.given(through(SERVICE_DAY))
                .when(summary(SUMMARY_SENT_ON, " ", RESULTS, 1_692, false))
                .expectException(invalidValue("letterNumber", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_summary_without_results() {
        fixture.given(through(SERVICE_DAY))
                .when(summary(SUMMARY_SENT_ON, SUMMARY_LETTER, null, 1_692, false))
                .expectException(invalidValue("results", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_negative_number_of_people_reached() {
        fixture.given(through(SERVICE_DAY))
                .when(summary(SUMMARY_SENT_ON, SUMMARY_LETTER, RESULTS, -1, false))
                .expectException(invalidValue("peopleReached", "not-negative"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_summary_sent_after_30_september_unless_recorded_as_late() {
        LocalDate october1 = LocalDate.of(2019, 10, 1);

        fixture.given(through(SERVICE_DAY))
                .when(summary(october1, SUMMARY_LETTER, RESULTS, 1_692, false))
                .expectException(brokenRule("date-outside-fiscal-year"))
                .expectExceptionMessage(containsString("submittedOn 2019-10-01 is outside fiscal year 2562"))
                .expectNoEvents();
    }

    @Test
    void a_late_recorded_summary_sent_on_1_october_reaches_level_5_flagged_late() {
        LocalDate october1 = LocalDate.of(2019, 10, 1);

        fixture.given(through(SERVICE_DAY))
                .when(summary(october1, SUMMARY_LETTER, RESULTS, 1_692, true))
                .expectEvents(
                        new OneGoalSummarySubmitted(DRIVE_ID, id(19), SUMMARY_LETTER, RESULTS, 1_692, october1, true,
                                recording(SUMMARY_SENT)),
                        new KpiLevelReached(DRIVE_ID, id(20), 5, october1,
                                List.of(new Evidence(id(19), "OneGoalSummarySubmitted", october1,
                                        "letter ตง 0027/1082")),
                                id(19), true, recording(SUMMARY_SENT)));
    }

    @Test
    void refuses_a_summary_dated_after_the_day_it_is_recorded() {
        fixture.given(through(SERVICE_DAY))
                .when(summary(LocalDate.of(2019, 10, 2), SUMMARY_LETTER, RESULTS, 1_692, true))
                .expectException(invalidValue("submittedOn", "not-in-future"))
                .expectNoEvents();
    }
}
