package th.go.mol.oneplan.app.security;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.app.security.personaldata.AccessReason;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reason in a header: Thai arrives percent-encoded (browsers, Java) or as raw UTF-8 bytes (curl). */
class AccessReasonTest {
    private static final String THAI = "ตรวจสอบเรื่องร้องเรียน";

    @Test
    void percent_encoded_utf8_is_decoded() {
        String encoded = java.net.URLEncoder.encode(THAI + " 12/2567", StandardCharsets.UTF_8).replace("+", "%20");

        assertThat(AccessReason.from(encoded)).isEqualTo(THAI + " 12/2567");
    }

    @Test
    void raw_utf8_bytes_read_as_latin1_by_the_server_are_decoded() {
        String asTheServerReadsIt = new String(THAI.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertThat(AccessReason.from(asTheServerReadsIt)).isEqualTo(THAI);
    }

    @Test
    void plain_text_is_kept_as_it_is_even_with_a_percent_sign() {
        assertThat(AccessReason.from("audit of 50% of the complaints")).isEqualTo("audit of 50% of the complaints");
        assertThat(AccessReason.from("  complaint 12/2567 follow-up ")).isEqualTo("complaint 12/2567 follow-up");
    }

    @Test
    void a_reason_is_10_to_500_characters() {
        assertThat(AccessReason.from("x".repeat(10))).hasSize(10);
        assertThat(AccessReason.from("x".repeat(500))).hasSize(500);
        assertThatThrownBy(() -> AccessReason.from("x".repeat(9))).isInstanceOf(InvalidFields.class);
        assertThatThrownBy(() -> AccessReason.from("x".repeat(501))).isInstanceOf(InvalidFields.class);
        assertThatThrownBy(() -> AccessReason.from(null)).isInstanceOf(InvalidFields.class)
                .hasMessageContaining("X-Access-Reason is required");
    }
}
