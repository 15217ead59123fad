package th.go.mol.oneplan.query.workers;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.register.NationalId;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void a_masked_answer_keeps_the_check_digit_a_first_letter_and_a_phones_last_four_digits() {
        assertThat(Masking.nationalId(NationalId.parse("1-1037-02071-81-1", "nationalId")))
                .isEqualTo("x-xxxx-xxxxx-xx-1");
        assertThat(Masking.name("สมศรี")).isEqualTo("ส***");
        assertThat(Masking.phone("0812345678")).isEqualTo("08x-xxx-5678");
        assertThat(Masking.phone("021234567")).isEqualTo("02-xxx-4567");
    }

    @Test
    void nothing_erased_is_shown() {
        assertThat(Masking.nationalId(null)).isNull();
        assertThat(Masking.name(null)).isNull();
        assertThat(Masking.phone(null)).isNull();
    }
}
