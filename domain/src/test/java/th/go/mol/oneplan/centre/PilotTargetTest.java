package th.go.mol.oneplan.centre;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PilotTargetTest {

    @Test
    void three_of_ten_served_is_thirty_percent_and_meets_the_target() {
        assertThat(PilotTarget.sharePercent(10, 3)).isEqualByComparingTo("30.0").hasToString("30.0");
        assertThat(PilotTarget.met(10, 3)).isTrue();
    }

    @Test
    void the_share_has_one_decimal_rounded_half_up() {
        assertThat(PilotTarget.sharePercent(3, 1)).hasToString("33.3");
        assertThat(PilotTarget.sharePercent(3, 2)).hasToString("66.7");
        assertThat(PilotTarget.sharePercent(7, 0)).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void a_share_just_under_thirty_does_not_meet_the_target_even_when_it_shows_as_thirty() {
        assertThat(PilotTarget.sharePercent(10_000, 2_999)).hasToString("30.0");
        assertThat(PilotTarget.met(10_000, 2_999)).isFalse();
        assertThat(PilotTarget.met(1_000, 299)).isFalse();
    }

    @Test
    void a_tambon_with_nobody_registered_has_no_share_and_has_not_met_the_target() {
        assertThat(PilotTarget.sharePercent(0, 0)).isNull();
        assertThat(PilotTarget.met(0, 0)).isFalse();
    }
}
