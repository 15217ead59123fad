package th.go.mol.oneplan.register;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.go.mol.oneplan.common.InvalidValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NationalIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"1103702071811", "1-1037-02071-81-1", "1 1037 02071 81 1", " 1103702071811 ",
            "๑๑๐๓๗๐๒๐๗๑๘๑๑"})
    void an_id_with_a_matching_check_digit_is_read_however_it_is_written(String typed) {
        NationalId id = NationalId.parse(typed, "nationalId");

        assertThat(id.digits()).isEqualTo("1103702071811");
        assertThat(id.formatted()).isEqualTo("1-1037-02071-81-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1103702071810", "1103702071812", "1103702071711", "0103702071811", "3840100000017"})
    void an_id_whose_last_digit_does_not_check_is_refused_naming_the_rule(String typed) {
        assertThatThrownBy(() -> NationalId.parse(typed, "nationalId"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("nationalId");
                    assertThat(e.rule()).isEqualTo("national-id-check-digit");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"110370207181", "11037020718111", "1103702O71811", "1_1037_02071_81_1", "abc"})
    void what_is_not_13_digits_is_refused_as_a_format(String typed) {
        assertThatThrownBy(() -> NationalId.parse(typed, "nationalId"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.rule()).isEqualTo("national-id-format"));
    }

    @Test
    void a_missing_id_is_required() {
        assertThatThrownBy(() -> NationalId.parse("  ", "nationalId"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.rule()).isEqualTo("required"));
    }

    @Test
    void masked_shows_only_the_check_digit_and_so_does_its_string() {
        NationalId id = NationalId.parse("3840100000018", "nationalId");

        assertThat(id.masked()).isEqualTo("x-xxxx-xxxxx-xx-8");
        assertThat(id.toString()).doesNotContain("384010");
    }

    @Test
    void the_check_digit_wraps_from_ten_and_eleven_to_zero_and_one() {
        // (11 - sum mod 11) is 10 or 11 when sum mod 11 is 1 or 0: the check digit is then 0 or 1.
        for (int n = 0; n < 200; n++) {
            String first12 = String.format("1%011d", n * 7919L);
            int check = NationalId.checkDigit(first12 + "0");
            assertThat(check).isBetween(0, 9);
            assertThat(NationalId.parse(first12 + check, "id").digits()).isEqualTo(first12 + check);
        }
    }
}
