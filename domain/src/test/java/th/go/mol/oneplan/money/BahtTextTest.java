package th.go.mol.oneplan.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BahtTextTest {

    @ParameterizedTest(name = "{0} satang = {1}")
    @CsvSource({
            "31120000, สามแสนหนึ่งหมื่นหนึ่งพันสองร้อยบาทถ้วน",
            "3500000, สามหมื่นห้าพันบาทถ้วน",
            "20000000, สองแสนบาทถ้วน",
            "7620000, เจ็ดหมื่นหกพันสองร้อยบาทถ้วน",
            "5520000, ห้าหมื่นห้าพันสองร้อยบาทถ้วน",
            "2100000, สองหมื่นหนึ่งพันบาทถ้วน",
            "0, ศูนย์บาทถ้วน",
            "100, หนึ่งบาทถ้วน",
            "1000, สิบบาทถ้วน",
            "1100, สิบเอ็ดบาทถ้วน",
            "2000, ยี่สิบบาทถ้วน",
            "2100, ยี่สิบเอ็ดบาทถ้วน",
            "10100, หนึ่งร้อยเอ็ดบาทถ้วน",
            "11000, หนึ่งร้อยสิบบาทถ้วน",
            "100000, หนึ่งพันบาทถ้วน",
            "100100, หนึ่งพันเอ็ดบาทถ้วน",
            "100000000, หนึ่งล้านบาทถ้วน",
            "100000100, หนึ่งล้านหนึ่งบาทถ้วน",
            "1100000000, สิบเอ็ดล้านบาทถ้วน",
            "2100000000, ยี่สิบเอ็ดล้านบาทถ้วน",
            "12345678950, หนึ่งร้อยยี่สิบสามล้านสี่แสนห้าหมื่นหกพันเจ็ดร้อยแปดสิบเก้าบาทห้าสิบสตางค์",
            "50, ห้าสิบสตางค์",
            "1, หนึ่งสตางค์",
            "21, ยี่สิบเอ็ดสตางค์",
            "150, หนึ่งบาทห้าสิบสตางค์",
            "100000000000000, หนึ่งล้านล้านบาทถ้วน",
    })
    void writes_amounts_as_official_letters_do(long satang, String words) {
        assertThat(BahtText.of(satang)).isEqualTo(words);
    }

    @Test
    void refuses_negative_amounts() {
        assertThatThrownBy(() -> BahtText.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
