package th.go.mol.oneplan.reportingrules;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.reporting.ReportForm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;

/** The ministry declares (and amends) a fiscal year's reporting rules. */
class FiscalYearReportingRulesTest {
    private static final String LETTER = "รง 0209.2/ว2675";
    private static final LocalDate LETTER_DATE = LocalDate.of(2018, 11, 22);
    private static final List<ReportForm> FORMS = List.of(ReportForm.FORM_62_1, ReportForm.FORM_62_3);
    private static final Recording RECORDING = new Recording("admin@mol", Instant.parse("2018-11-23T03:00:00Z"), "c-1");

    private FixtureConfiguration<FiscalYearReportingRules> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FiscalYearReportingRules.class);
    }

    private static DeclareReportingRules fy2562(String reason) {
        return new DeclareReportingRules("2562", LETTER, LETTER_DATE, FORMS, YearMonth.of(2018, 10),
                YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 5, reason, RECORDING);
    }

    private static ReportingRulesDeclared fy2562Declared() {
        return new ReportingRulesDeclared("2562", "2562/rules/1", 1, LETTER, LETTER_DATE, FORMS,
                YearMonth.of(2018, 10), YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 5, null, LETTER_DATE,
                RECORDING);
    }

    /** FY 2562's rules with the monthly due day changed by a later letter. */
    private static DeclareReportingRules amendment(String letter, LocalDate on, int dueDay, String reason) {
        return new DeclareReportingRules("2562", letter, on, FORMS, YearMonth.of(2018, 10), YearMonth.of(2018, 11),
                LocalDate.of(2018, 12, 3), dueDay, reason,
                new Recording("admin@mol", Instant.parse("2019-02-01T03:00:00Z"), "c-2"));
    }

    @Test
    void the_first_letter_of_a_year_declares_version_1_dated_by_the_letter() {
        fixture.givenNoPriorActivity()
                .when(fy2562(null))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload("2562/rules/1")
                .expectEvents(fy2562Declared());
    }

    @Test
    void an_amending_letter_with_a_reason_is_version_2_and_keeps_version_1_in_the_record() {
        DeclareReportingRules amending = amendment("รง 0209.2/ว100", LocalDate.of(2019, 1, 20), 10,
                "reports now due by the 10th");
        fixture.given(fy2562Declared())
                .when(amending)
                .expectResultMessagePayload("2562/rules/2")
                .expectEvents(new ReportingRulesDeclared("2562", "2562/rules/2", 2, "รง 0209.2/ว100",
                        LocalDate.of(2019, 1, 20), FORMS, YearMonth.of(2018, 10), YearMonth.of(2018, 11),
                        LocalDate.of(2018, 12, 3), 10, "reports now due by the 10th", LocalDate.of(2019, 1, 20),
                        amending.recording()));
    }

    @Test
    void an_amendment_without_a_reason_is_refused() {
        fixture.given(fy2562Declared())
                .when(amendment("รง 0209.2/ว100", LocalDate.of(2019, 1, 20), 10, "  "))
                .expectException(brokenRule("amendment-needs-reason"))
                .expectNoEvents();
    }

    @Test
    void declaring_the_rules_in_force_again_is_refused() {
        fixture.given(fy2562Declared())
                .when(amendment("รง 0209.2/ว100", LocalDate.of(2019, 1, 20), 5, "the same again"))
                .expectException(brokenRule("rules-unchanged"))
                .expectNoEvents();
    }

    @Test
    void an_amending_letter_cannot_predate_the_letter_it_amends() {
        fixture.given(fy2562Declared())
                .when(amendment("รง 0209.2/ว100", LocalDate.of(2018, 11, 1), 10, "earlier letter"))
                .expectException(brokenRule("amendment-predates-rules"))
                .expectNoEvents();
    }

    @Test
    void a_letter_after_the_fiscal_year_or_long_before_it_cannot_set_its_rules() {
        fixture.givenNoPriorActivity()
                .when(new DeclareReportingRules("2562", LETTER, LocalDate.of(2017, 9, 30), FORMS,
                        YearMonth.of(2018, 10), YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 5, null, RECORDING))
                .expectException(invalidValue("letterDate", "letter-outside-fiscal-year"));
        fixture.givenNoPriorActivity()
                .when(new DeclareReportingRules("2562", LETTER, LocalDate.of(2019, 10, 1), FORMS,
                        YearMonth.of(2018, 10), YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 5, null,
                        new Recording("admin@mol", Instant.parse("2019-10-02T03:00:00Z"), "c")))
                .expectException(invalidValue("letterDate", "letter-outside-fiscal-year"));
    }

    @Test
    void a_letter_dated_after_the_day_it_is_recorded_is_invalid() {
        fixture.givenNoPriorActivity()
                .when(new DeclareReportingRules("2562", LETTER, LocalDate.of(2018, 11, 24), FORMS,
                        YearMonth.of(2018, 10), YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 5, null, RECORDING))
                .expectException(invalidValue("letterDate", "not-in-future"));
    }

    @Test
    void the_first_period_must_lie_in_the_year_and_end_before_its_due_date() {
        fixture.givenNoPriorActivity()
                .when(new DeclareReportingRules("2562", LETTER, LETTER_DATE, FORMS, YearMonth.of(2018, 9),
                        YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 5, null, RECORDING))
                .expectException(invalidValue("firstPeriodFrom", "period-in-fiscal-year"));
        fixture.givenNoPriorActivity()
                .when(new DeclareReportingRules("2562", LETTER, LETTER_DATE, FORMS, YearMonth.of(2018, 11),
                        YearMonth.of(2018, 10), LocalDate.of(2018, 12, 3), 5, null, RECORDING))
                .expectException(invalidValue("firstPeriodTo", "period-order"));
        fixture.givenNoPriorActivity()
                .when(new DeclareReportingRules("2562", LETTER, LETTER_DATE, FORMS, YearMonth.of(2018, 10),
                        YearMonth.of(2018, 11), LocalDate.of(2018, 11, 30), 5, null, RECORDING))
                .expectException(invalidValue("firstDueDate", "due-after-period"));
    }

    @Test
    void a_first_due_date_far_from_the_fiscal_year_is_invalid() {
        for (LocalDate absurd : List.of(LocalDate.of(9999, 12, 31), LocalDate.of(3105, 12, 3),
                LocalDate.of(2020, 1, 1))) {
            fixture.givenNoPriorActivity()
                    .when(new DeclareReportingRules("2562", LETTER, LETTER_DATE, FORMS, YearMonth.of(2018, 10),
                            YearMonth.of(2018, 11), absurd, 5, null, RECORDING))
                    .expectException(invalidValue("firstDueDate", "due-date-window"))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("2018-10-01 to 2019-12-31"))
                    .expectNoEvents();
        }
        fixture.givenNoPriorActivity()
                .when(new DeclareReportingRules("2562", LETTER, LETTER_DATE, FORMS, YearMonth.of(2018, 10),
                        YearMonth.of(2019, 9), LocalDate.of(2019, 12, 31), 5, null, RECORDING))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_monthly_due_day_is_a_day_of_the_month() {
        fixture.givenNoPriorActivity()
                .when(new DeclareReportingRules("2562", LETTER, LETTER_DATE, FORMS, YearMonth.of(2018, 10),
                        YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 32, null, RECORDING))
                .expectException(invalidValue("monthlyDueDay", "day-of-month"));
        fixture.givenNoPriorActivity()
                .when(new DeclareReportingRules("2562", LETTER, LETTER_DATE, FORMS, YearMonth.of(2018, 10),
                        YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), null, null, RECORDING))
                .expectException(invalidValue("monthlyDueDay", "required"));
    }

    @Test
    void the_letter_and_at_least_one_form_each_once_are_required() {
        fixture.givenNoPriorActivity()
                .when(new DeclareReportingRules("2562", " ", LETTER_DATE, FORMS, YearMonth.of(2018, 10),
                        YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 5, null, RECORDING))
                .expectException(invalidValue("letterNumber", "required"));
        fixture.givenNoPriorActivity()
                .when(new DeclareReportingRules("2562", LETTER, LETTER_DATE, List.of(), YearMonth.of(2018, 10),
                        YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 5, null, RECORDING))
                .expectException(invalidValue("forms", "required"));
        fixture.givenNoPriorActivity()
                .when(new DeclareReportingRules("2562", LETTER, LETTER_DATE, Arrays.asList(ReportForm.FORM_62_1, null),
                        YearMonth.of(2018, 10), YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 5, null, RECORDING))
                .expectException(invalidValue("forms", "report-form"));
        fixture.givenNoPriorActivity()
                .when(new DeclareReportingRules("2562", LETTER, LETTER_DATE,
                        List.of(ReportForm.FORM_62_1, ReportForm.FORM_62_1), YearMonth.of(2018, 10),
                        YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 5, null, RECORDING))
                .expectException(invalidValue("forms", "distinct"));
    }

    @Test
    void the_year_is_a_four_digit_buddhist_era_year_in_range() {
        fixture.givenNoPriorActivity()
                .when(new DeclareReportingRules("2019", LETTER, LETTER_DATE, FORMS, YearMonth.of(2018, 10),
                        YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 5, null, RECORDING))
                .expectException(invalidValue("fiscalYear", "fiscal-year-range"));
    }

    @Test
    void the_year_is_written_with_four_digits() {
        fixture.givenNoPriorActivity()
                .when(new DeclareReportingRules("25x2", LETTER, LETTER_DATE, FORMS, YearMonth.of(2018, 10),
                        YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 5, null, RECORDING))
                .expectException(invalidValue("fiscalYear", "fiscal-year-format"));
    }
}
