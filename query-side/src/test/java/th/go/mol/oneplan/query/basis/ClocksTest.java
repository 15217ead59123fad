package th.go.mol.oneplan.query.basis;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.query.QueryParameters;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClocksTest {

    @Test
    void a_business_date_is_read_as_officials_type_it_and_an_instant_with_its_offset() {
        Clocks clocks = QueryParameters.clocks("30/09/2562", "2019-10-05T16:00:00+07:00");

        assertThat(clocks.asOf()).isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(clocks.recordedAsOf()).isEqualTo(Instant.parse("2019-10-05T09:00:00Z"));
        assertThat(clocks.isNow()).isFalse();
    }

    @Test
    void a_date_given_as_recordedAsOf_is_the_end_of_that_day_in_thailand() {
        Clocks clocks = QueryParameters.clocks(null, "2019-10-05");

        assertThat(clocks.recordedAsOf()).isEqualTo(Instant.parse("2019-10-05T16:59:59.999999999Z"));
        assertThat(clocks.recordedBy(Instant.parse("2019-10-05T16:59:59Z"))).isTrue();
        assertThat(clocks.recordedBy(Instant.parse("2019-10-05T17:00:00Z"))).as("midnight in Bangkok").isFalse();
    }

    @Test
    void what_happened_on_the_day_asked_has_happened_by_it() {
        Clocks clocks = new Clocks(LocalDate.of(2019, 9, 30), null);

        assertThat(clocks.happenedBy(LocalDate.of(2019, 9, 30))).isTrue();
        assertThat(clocks.happenedBy(LocalDate.of(2019, 10, 1))).isFalse();
        assertThat(Clocks.NOW.happenedBy(LocalDate.MAX)).isTrue();
    }

    @Test
    void an_empty_or_malformed_clock_is_refused_naming_it_never_read_as_now() {
        assertThatThrownBy(() -> QueryParameters.clocks("", null)).isInstanceOf(InvalidValue.class)
                .extracting("field", "rule").containsExactly("asOf", "date");
        assertThatThrownBy(() -> QueryParameters.clocks(null, "last tuesday")).isInstanceOf(InvalidValue.class)
                .extracting("field", "rule").containsExactly("recordedAsOf", "instant");
        assertThatThrownBy(() -> QueryParameters.position("-1", "minPosition")).isInstanceOf(InvalidValue.class)
                .extracting("field", "rule").containsExactly("minPosition", "position");
        assertThat(QueryParameters.position("๔๒", "minPosition")).as("Thai digits").isEqualTo(42L);
    }
}
