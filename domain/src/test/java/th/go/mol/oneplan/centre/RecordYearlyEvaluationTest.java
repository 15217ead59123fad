package th.go.mol.oneplan.centre;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.Recording;

import java.time.Instant;
import java.time.LocalDate;

import static th.go.mol.oneplan.centre.SuratThaniCentres.*;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;

/** After FY 2563 Talat's centre is evaluated and its lessons drawn, once for the year. */
class RecordYearlyEvaluationTest {
    /** Recorded after the fiscal year, on 20 October 2020. */
    private static final Recording AFTER_THE_YEAR =
            new Recording("labour.officer@surat", Instant.parse("2020-10-20T03:00:00Z"), "c-9");
    private static final LocalDate EVALUATED_ON = LocalDate.of(2020, 10, 15);
    private static final String SUMMARY = "จัดอบรม 3 ครั้ง สมัครประกันสังคมมาตรา 40 เพิ่ม 45 ราย";
    private static final String LESSONS = "การมีผู้แทน อปท. ในคณะกรรมการช่วยให้แผนเข้าสู่แผนพัฒนาท้องถิ่นได้เร็ว";

    private FixtureConfiguration<TambonCentre> fixture;

    @BeforeEach
    void setUp() {
        fixture = centreFixture();
    }

    private static RecordYearlyEvaluation evaluate(int fiscalYear, LocalDate on) {
        return new RecordYearlyEvaluation(TALAT_CENTRE, fiscalYear, SUMMARY, LESSONS, on, AFTER_THE_YEAR);
    }

    private static YearlyEvaluationRecorded evaluated(int fiscalYear, LocalDate on) {
        return new YearlyEvaluationRecorded(TALAT_CENTRE, fiscalYear, SUMMARY, LESSONS, on, AFTER_THE_YEAR);
    }

    @Test
    void the_year_2563_is_evaluated_after_it_ended() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(evaluate(2563, EVALUATED_ON))
                .expectEvents(evaluated(2563, EVALUATED_ON));
    }

    @Test
    void a_year_is_evaluated_once() {
        fixture.given(talatEstablished(), evaluated(2563, EVALUATED_ON))
                .when(evaluate(2563, EVALUATED_ON.plusDays(1)))
                .expectException(brokenRule("evaluation-already-recorded"))
                .expectNoEvents();
    }

    @Test
    void the_next_year_is_evaluated_while_it_runs() {
        fixture.given(talatEstablished(), evaluated(2563, EVALUATED_ON))
                .when(evaluate(2564, EVALUATED_ON.plusDays(2)))
                .expectEvents(evaluated(2564, EVALUATED_ON.plusDays(2)));
    }

    @Test
    void an_evaluation_cannot_precede_the_centre() {
        fixture.given(talatEstablished())
                .when(evaluate(2563, ESTABLISHED_ON.minusDays(1)))
                .expectException(brokenRule("evaluation-before-establishment"));
    }

    @Test
    void a_year_is_evaluated_from_its_first_day_to_a_year_after_its_last() {
        fixture.given(talatEstablished())
                .when(evaluate(2564, LocalDate.of(2020, 9, 30)))
                .expectException(invalidValue("evaluatedOn", "evaluated-near-fiscal-year"));
        fixture.given(talatEstablished())
                .when(new RecordYearlyEvaluation(TALAT_CENTRE, 2562, SUMMARY, LESSONS, LocalDate.of(2020, 10, 1),
                        AFTER_THE_YEAR))
                .expectException(invalidValue("evaluatedOn", "evaluated-near-fiscal-year"));
        fixture.given(talatEstablished())
                .when(evaluate(2563, LocalDate.of(2020, 10, 21)))
                .expectException(invalidValue("evaluatedOn", "not-in-future"));
    }

    @Test
    void an_evaluation_has_a_summary_and_lessons_learned() {
        fixture.given(talatEstablished())
                .when(new RecordYearlyEvaluation(TALAT_CENTRE, 2563, " ", LESSONS, EVALUATED_ON, AFTER_THE_YEAR))
                .expectException(invalidValue("summary", "required"));
        fixture.given(talatEstablished())
                .when(new RecordYearlyEvaluation(TALAT_CENTRE, 2563, SUMMARY, null, EVALUATED_ON, AFTER_THE_YEAR))
                .expectException(invalidValue("lessonsLearned", "required"));
        fixture.given(talatEstablished())
                .when(evaluate(2539, EVALUATED_ON))
                .expectException(invalidValue("fiscalYear", "fiscal-year-range"));
    }
}
