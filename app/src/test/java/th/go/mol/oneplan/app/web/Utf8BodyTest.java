package th.go.mol.oneplan.app.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8BodyTest {

    @Test
    void well_formed_utf8_with_thai_text_passes() {
        assertThat(Utf8Body.firstError("{\"chair\":\"รองผู้ว่าราชการจังหวัดตรัง\"}".getBytes(StandardCharsets.UTF_8)))
                .isNull();
    }

    @Test
    void an_overlong_slash_is_refused_naming_the_field_it_is_in() {
        FieldError error = Utf8Body.firstError(bytes("{\"leadOfficer\":{\"name\":\"a", 0xC0, 0xAF, "b\"}}"));

        assertThat(error.field()).isEqualTo("leadOfficer.name");
        assertThat(error.rule()).isEqualTo("utf-8");
    }

    @Test
    void a_bad_byte_inside_an_array_names_the_element() {
        FieldError error = Utf8Body.firstError(bytes("{\"attendees\":[\"ok\",\"x", 0x80, "\"]}"));

        assertThat(error.field()).isEqualTo("attendees[1]");
    }

    @Test
    void an_encoded_surrogate_is_refused() {
        assertThat(Utf8Body.firstError(bytes("{\"a\":\"", 0xED, 0xA0, 0x80, "\"}")).field()).isEqualTo("a");
    }

    @Test
    void a_bad_byte_outside_any_value_names_the_body() {
        assertThat(Utf8Body.firstError(bytes("", 0xFE, 0xFF, "{}")).field()).isEqualTo("body");
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }
}
