package th.go.mol.oneplan.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Thai fiscal year runs 1 October to 30 September and is named by the BE year in which it ends. */
class FiscalYearTest {
    private static final FiscalYear FY_2562 = new FiscalYear(2562);

    @Test
    void fy_2562_runs_from_1_october_2018_to_30_september_2019() {
        assertThat(FY_2562.firstDay()).isEqualTo(LocalDate.of(2018, 10, 1));
        assertThat(FY_2562.lastDay()).isEqualTo(LocalDate.of(2019, 9, 30));
    }

    @Test
    void contains_its_first_and_last_day_and_not_the_days_around_them() {
        assertThat(FY_2562.contains(LocalDate.of(2018, 9, 30))).isFalse();
        assertThat(FY_2562.contains(LocalDate.of(2018, 10, 1))).isTrue();
        assertThat(FY_2562.contains(LocalDate.of(2019, 1, 15))).isTrue();
        assertThat(FY_2562.contains(LocalDate.of(2019, 9, 30))).isTrue();
        assertThat(FY_2562.contains(LocalDate.of(2019, 10, 1))).isFalse();
    }

    @Test
    void contains_the_months_october_2018_to_september_2019() {
        assertThat(FY_2562.contains(YearMonth.of(2018, 9))).isFalse();
        assertThat(FY_2562.contains(YearMonth.of(2018, 10))).isTrue();
        assertThat(FY_2562.contains(YearMonth.of(2019, 9))).isTrue();
        assertThat(FY_2562.contains(YearMonth.of(2019, 10))).isFalse();
    }

    @Test
    void the_year_containing_a_day_is_named_by_the_be_year_it_ends_in() {
        assertThat(FiscalYear.containing(LocalDate.of(2018, 9, 30))).isEqualTo(new FiscalYear(2561));
        assertThat(FiscalYear.containing(LocalDate.of(2018, 10, 1))).isEqualTo(FY_2562);
        assertThat(FiscalYear.containing(LocalDate.of(2018, 12, 31))).isEqualTo(FY_2562);
        assertThat(FiscalYear.containing(LocalDate.of(2019, 1, 1))).isEqualTo(FY_2562);
        assertThat(FiscalYear.containing(LocalDate.of(2019, 9, 30))).isEqualTo(FY_2562);
        assertThat(FiscalYear.containing(LocalDate.of(2019, 10, 1))).isEqualTo(new FiscalYear(2563));
    }

    @Test
    void every_day_of_a_year_is_in_the_year_containing_it() {
        for (LocalDate day = FY_2562.firstDay(); !day.isAfter(FY_2562.lastDay()); day = day.plusDays(1)) {
            assertThat(FiscalYear.containing(day)).isEqualTo(FY_2562);
        }
    }

    @Test
    void a_leap_year_ends_on_30_september_too() {
        FiscalYear fy2563 = new FiscalYear(2563);

        assertThat(fy2563.firstDay()).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(fy2563.lastDay()).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(fy2563.contains(LocalDate.of(2020, 2, 29))).isTrue();
    }

    @Test
    void takes_be_years_from_2540_to_2700() {
        assertThat(new FiscalYear(2540).firstDay()).isEqualTo(LocalDate.of(1996, 10, 1));
        assertThat(new FiscalYear(2700).lastDay()).isEqualTo(LocalDate.of(2157, 9, 30));
    }

    @Test
    void refuses_a_year_outside_2540_to_2700_such_as_a_ce_year() {
        assertThatThrownBy(() -> new FiscalYear(2019))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("fiscalYear");
                    assertThat(e.rule()).isEqualTo("fiscal-year-range");
                })
                .hasMessageContaining("between 2540 and 2700, got 2019");
        assertThatThrownBy(() -> new FiscalYear(2539)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new FiscalYear(2701)).isInstanceOf(InvalidValue.class);
    }
}
