package th.go.mol.oneplan.app.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParameterCheckTest {

    @Test
    void percent_encoded_thai_and_plus_for_space_decode() {
        assertThat(QueryParameterCheck.decode("%E0%B8%95%E0%B8%A3%E0%B8%B1%E0%B8%87+92")).isEqualTo("ตรัง 92");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "%zz", "%", "%4", "%C0%AF", "%ED%A0%80", "a%0Ab", "%7F"})
    void what_is_not_text_is_refused(String raw) {
        assertThatThrownBy(() -> QueryParameterCheck.decode(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_bad_parameter_is_named() {
        FieldError error = QueryParameterCheck.firstError("fiscalYear=2562&accessedBy=%00&page=1");

        assertThat(error.field()).isEqualTo("accessedBy");
        assertThat(error.rule()).isEqualTo("text");
    }

    @Test
    void plain_parameters_pass() {
        assertThat(QueryParameterCheck.firstError("fiscalYear=2562&page=0&size=20&flag")).isNull();
    }
}
