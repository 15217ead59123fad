package th.go.mol.oneplan.reportingrules;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.ReportForm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingCalendarTest {
    /** FY 2562 as letter รง 0209.2/ว2675 declared it. */
    private static final ReportingRules FY_2562 = new ReportingRules(2562, "รง 0209.2/ว2675", LocalDate.of(2018, 11, 22),
            List.of(ReportForm.FORM_62_1, ReportForm.FORM_62_3), YearMonth.of(2018, 10), YearMonth.of(2018, 11),
            LocalDate.of(2018, 12, 3), 5);
    private static final Recording RECORDING = new Recording("secretary@trang", Instant.parse("2019-10-10T03:00:00Z"), "c");

    private int position = 1;

    private MonthlyReportSubmitted report(String from, String to, String on) {
        return new MonthlyReportSubmitted("92-2562", "92-2562/" + position++, ReportForm.FORM_62_1, YearMonth.parse(from),
                YearMonth.parse(to), null, "progress", LocalDate.parse(on), false, RECORDING);
    }

    @Test
    void fy_2562_has_eleven_reports_the_first_due_on_3_december_then_by_the_5th() {
        List<ReportingPeriod> periods = FY_2562.periods();

        assertThat(periods).hasSize(11);
        assertThat(periods.get(0)).isEqualTo(new ReportingPeriod(YearMonth.of(2018, 10), YearMonth.of(2018, 11),
                LocalDate.of(2018, 12, 3)));
        assertThat(periods.get(1).dueDate()).isEqualTo(LocalDate.of(2019, 1, 5));
        assertThat(periods.get(10)).as("September's report is due in the next fiscal year")
                .isEqualTo(new ReportingPeriod(YearMonth.of(2019, 9), YearMonth.of(2019, 9), LocalDate.of(2019, 10, 5)));
    }

    @Test
    void trangs_ten_reports_by_the_5th_are_all_on_time_and_september_is_not_yet_due_on_30_september() {
        List<MonthlyReportSubmitted> reports = new ArrayList<>(List.of(report("2018-10", "2018-11", "2018-12-03")));
        for (int month = 12; month <= 20; month++) {
            YearMonth period = YearMonth.of(2018, 12).plusMonths(month - 12);
            reports.add(report(period.toString(), period.toString(), period.plusMonths(1).atDay(5).toString()));
        }

        List<DueReport> calendar = ReportingCalendar.assess(FY_2562, reports, LocalDate.of(2019, 9, 30));

        assertThat(calendar).extracting(DueReport::status).containsExactly(
                ComplianceStatus.ON_TIME, ComplianceStatus.ON_TIME, ComplianceStatus.ON_TIME, ComplianceStatus.ON_TIME,
                ComplianceStatus.ON_TIME, ComplianceStatus.ON_TIME, ComplianceStatus.ON_TIME, ComplianceStatus.ON_TIME,
                ComplianceStatus.ON_TIME, ComplianceStatus.ON_TIME, ComplianceStatus.NOT_YET_DUE);
        assertThat(ReportingCalendar.complianceRate(calendar)).isEqualTo(1.0);
        assertThat(calendar.get(0).satisfiedByEventId()).isEqualTo("92-2562/1");
    }

    @Test
    void a_report_after_its_due_date_is_late_by_the_days_past_it() {
        List<DueReport> calendar = ReportingCalendar.assess(FY_2562,
                List.of(report("2018-10", "2018-11", "2018-12-10")), LocalDate.of(2018, 12, 31));

        assertThat(calendar.get(0).status()).isEqualTo(ComplianceStatus.LATE);
        assertThat(calendar.get(0).daysLate()).isEqualTo(7);
    }

    @Test
    void a_report_not_sent_by_its_due_date_is_missing_and_counts_the_days_overdue() {
        List<DueReport> calendar = ReportingCalendar.assess(FY_2562, List.of(), LocalDate.of(2018, 12, 4));

        assertThat(calendar.get(0).status()).isEqualTo(ComplianceStatus.MISSING);
        assertThat(calendar.get(0).daysLate()).isEqualTo(1);
        assertThat(calendar.get(1).status()).isEqualTo(ComplianceStatus.NOT_YET_DUE);
        assertThat(ReportingCalendar.complianceRate(calendar)).isZero();
    }

    @Test
    void on_the_due_date_itself_a_report_is_on_time_and_a_missing_one_not_yet_overdue() {
        assertThat(ReportingCalendar.assess(FY_2562, List.of(report("2018-10", "2018-11", "2018-12-03")),
                LocalDate.of(2018, 12, 3)).get(0).status()).isEqualTo(ComplianceStatus.ON_TIME);
        assertThat(ReportingCalendar.assess(FY_2562, List.of(), LocalDate.of(2018, 12, 3)).get(0).status())
                .isEqualTo(ComplianceStatus.NOT_YET_DUE);
    }

    @Test
    void a_second_report_on_the_same_period_is_a_resubmission_not_a_second_report() {
        MonthlyReportSubmitted first = report("2018-12", "2018-12", "2019-01-04");
        MonthlyReportSubmitted again = report("2018-12", "2018-12", "2019-01-08");

        DueReport december = ReportingCalendar.assess(FY_2562, List.of(again, first), LocalDate.of(2019, 1, 31)).get(1);

        assertThat(december.status()).isEqualTo(ComplianceStatus.ON_TIME);
        assertThat(december.satisfiedByEventId()).isEqualTo(first.eventId());
        assertThat(december.resubmissionEventIds()).containsExactly(again.eventId());
    }

    @Test
    void a_due_day_beyond_a_short_month_falls_on_its_last_day() {
        ReportingRules by31st = new ReportingRules(2562, "L", LocalDate.of(2018, 11, 22), List.of(ReportForm.FORM_62_1),
                YearMonth.of(2018, 10), YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 31);

        assertThat(by31st.periods().get(2)).as("January's report is due in February")
                .extracting(ReportingPeriod::dueDate).isEqualTo(LocalDate.of(2019, 2, 28));
        assertThat(by31st.periods().get(4).dueDate()).as("March's report is due in April").isEqualTo(LocalDate.of(2019, 4, 30));
    }

    @Test
    void a_report_spanning_two_months_covers_both_periods() {
        List<DueReport> calendar = ReportingCalendar.assess(FY_2562,
                List.of(report("2018-12", "2019-01", "2019-02-05")), LocalDate.of(2019, 2, 28));

        assertThat(calendar.get(1).status()).as("December, due 5 January").isEqualTo(ComplianceStatus.LATE);
        assertThat(calendar.get(1).daysLate()).isEqualTo(31);
        assertThat(calendar.get(2).status()).as("January, due 5 February").isEqualTo(ComplianceStatus.ON_TIME);
    }

    @Test
    void rules_must_describe_a_first_period_inside_the_year_and_due_after_it() {
        assertThatThrownBy(() -> new ReportingRules(2562, "L", LocalDate.of(2018, 11, 22), List.of(ReportForm.FORM_62_1),
                YearMonth.of(2018, 9), YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 5))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new ReportingRules(2562, "L", LocalDate.of(2018, 11, 22), List.of(ReportForm.FORM_62_1),
                YearMonth.of(2018, 10), YearMonth.of(2018, 11), LocalDate.of(2018, 11, 30), 5))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new ReportingRules(2562, "L", LocalDate.of(2018, 11, 22), List.of(ReportForm.FORM_62_1),
                YearMonth.of(2018, 10), YearMonth.of(2018, 11), LocalDate.of(2018, 12, 3), 32))
                .isInstanceOf(InvalidValue.class);
    }
}
