package th.go.mol.oneplan.drive;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.InvalidValue;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetroactiveRecordTest {
    private static final RetroactiveRecord AFTER_30_DAYS = new RetroactiveRecord(30);
    private static final LocalDate VISIT_ON = LocalDate.of(2019, 3, 1);

    @Test
    void a_visit_recorded_within_the_limit_is_not_retroactive() {
        // 31 March 23:59 in Bangkok is still the 30th day after 1 March.
        assertThat(AFTER_30_DAYS.retroactive(VISIT_ON, Instant.parse("2019-03-31T16:59:00Z"))).isFalse();
        assertThat(AFTER_30_DAYS.retroactive(VISIT_ON, Instant.parse("2019-03-01T02:00:00Z"))).isFalse();
    }

    @Test
    void a_visit_recorded_after_the_limit_is_retroactive_counting_days_in_thailand() {
        // 31 March 17:00 UTC is already 1 April in Bangkok: 31 days after.
        assertThat(AFTER_30_DAYS.retroactive(VISIT_ON, Instant.parse("2019-03-31T17:00:00Z"))).isTrue();
        assertThat(AFTER_30_DAYS.retroactive(VISIT_ON, Instant.parse("2019-09-30T03:00:00Z"))).isTrue();
    }

    @Test
    void with_a_limit_of_zero_days_anything_recorded_after_its_day_is_retroactive() {
        RetroactiveRecord sameDay = new RetroactiveRecord(0);
        assertThat(sameDay.retroactive(VISIT_ON, Instant.parse("2019-03-01T16:59:59Z"))).isFalse();
        assertThat(sameDay.retroactive(VISIT_ON, Instant.parse("2019-03-01T17:00:00Z"))).isTrue();
    }

    @Test
    void a_negative_limit_is_refused() {
        assertThatThrownBy(() -> new RetroactiveRecord(-1)).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("0 or more");
    }
}
