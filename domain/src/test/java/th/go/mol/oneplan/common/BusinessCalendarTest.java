package th.go.mol.oneplan.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A business date lies in the drive's fiscal year (or is a late record) and not after the day it is recorded. */
class BusinessCalendarTest {
    private static final FiscalYear FY_2562 = new FiscalYear(2562);
    /** 2019-10-01 10:00 in Bangkok. */
    private static final Recording ON_1_OCTOBER = new Recording("officer@trang", Instant.parse("2019-10-01T03:00:00Z"),
            "cmd-1");

    private static void check(LocalDate date, boolean lateRecord, Recording recording) {
        BusinessCalendar.checkBusinessDate(date, lateRecord, FY_2562, recording, "visitDate");
    }

    @Test
    void a_late_record_may_lie_at_most_a_year_before_or_after_the_fiscal_year() {
        assertThatCode(() -> check(LocalDate.of(2017, 10, 1), true, ON_1_OCTOBER)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(LocalDate.of(2017, 9, 30), true, ON_1_OCTOBER))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.rule()).isEqualTo("late-record-range"));
        assertThatThrownBy(() -> check(LocalDate.of(1, 1, 1), true, ON_1_OCTOBER))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("visitDate"));
    }

    @Test
    void accepts_any_day_of_the_fiscal_year_recorded_afterwards() {
        assertThatCode(() -> check(LocalDate.of(2018, 10, 1), false, ON_1_OCTOBER)).doesNotThrowAnyException();
        assertThatCode(() -> check(LocalDate.of(2019, 9, 30), false, ON_1_OCTOBER)).doesNotThrowAnyException();
    }

    @Test
    void refuses_a_day_outside_the_fiscal_year_as_a_broken_rule_unless_it_is_a_late_record() {
        assertThatThrownBy(() -> check(LocalDate.of(2018, 9, 30), false, ON_1_OCTOBER))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("date-outside-fiscal-year"))
                .hasMessage("visitDate 2018-09-30 is outside fiscal year 2562 (2018-10-01 to 2019-09-30); mark it"
                        + " as a late record (lateRecord: true) if that is what happened");
        assertThatCode(() -> check(LocalDate.of(2018, 9, 30), true, ON_1_OCTOBER)).doesNotThrowAnyException();
        assertThatCode(() -> check(LocalDate.of(2019, 10, 1), true, ON_1_OCTOBER)).doesNotThrowAnyException();
    }

    @Test
    void refuses_a_day_later_than_the_recording_day_in_bangkok_even_for_a_late_record() {
        assertThatThrownBy(() -> check(LocalDate.of(2019, 10, 2), true, ON_1_OCTOBER))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.rule()).isEqualTo("not-in-future"))
                .hasMessage("visitDate 2019-10-02 is later than the day it is recorded (2019-10-01)");
    }

    @Test
    void today_is_today_in_bangkok_not_in_utc() {
        // 2019-02-12T17:00Z is 2019-02-13 00:00 in Bangkok; one minute earlier it is still the 12th there.
        Recording atBangkokMidnight = new Recording("officer@trang", Instant.parse("2019-02-12T17:00:00Z"), "cmd-1");
        Recording aMinuteBefore = new Recording("officer@trang", Instant.parse("2019-02-12T16:59:00Z"), "cmd-1");

        assertThatCode(() -> check(LocalDate.of(2019, 2, 13), false, atBangkokMidnight)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(LocalDate.of(2019, 2, 13), false, aMinuteBefore))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void refuses_a_missing_date() {
        assertThatThrownBy(() -> check(null, false, ON_1_OCTOBER))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("visitDate");
                    assertThat(e.rule()).isEqualTo("required");
                });
    }
}
