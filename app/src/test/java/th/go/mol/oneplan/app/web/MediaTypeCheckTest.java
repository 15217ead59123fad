package th.go.mol.oneplan.app.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MediaTypeCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "application/json;charset=utf-8",
            "application/problem+json", "text/plain"})
    void a_concrete_type_is_left_to_the_endpoint(String contentType) {
        assertThat(MediaTypeCheck.refusal(contentType)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "*/json", "application/json; charset=ISO-8859-1",
            "application/json; charset=UTF-16", "application/json; charset=nonsense", "not a type", ""})
    void a_wildcard_an_unparsable_type_or_json_not_in_utf8_is_refused(String contentType) {
        assertThat(MediaTypeCheck.refusal(contentType)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "*/*", "text/html, application/json;q=0.9", "image/png, */*;q=0"})
    void an_accept_list_of_media_types_is_read(String accept) {
        assertThat(MediaTypeCheck.acceptable(accept)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonsense", "application/json;q=x", "application/json;q=2", "/"})
    void an_accept_header_that_is_no_list_of_media_types_is_refused(String accept) {
        assertThat(MediaTypeCheck.acceptable(accept)).isFalse();
    }
}
