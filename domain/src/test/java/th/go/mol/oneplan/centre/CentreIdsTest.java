package th.go.mol.oneplan.centre;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.InvalidValue;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Centre ids over HTTP name their subdistrict, which is what the access rules read the scope from. */
class CentreIdsTest {

    @Test
    void a_centre_id_over_http_names_its_subdistrict() {
        assertThat(CentreIds.subdistrictOf("centre-840101-2563")).contains(840101);
        assertThat(CentreIds.subdistrictOf("centre-840101")).contains(840101);
        assertThat(CentreIds.subdistrictOf("centre-840101-a.b_c")).contains(840101);
        assertThat(CentreIds.subdistrictOf("centre-8401012563")).isEmpty();
        assertThat(CentreIds.subdistrictOf("centre-" + java.util.UUID.randomUUID())).isEmpty();
        assertThat(CentreIds.subdistrictOf("centre-840101-" + "x".repeat(94))).isEmpty(); // 101 characters
        assertThat(CentreIds.subdistrictOf(null)).isEqualTo(Optional.empty());
    }

    @Test
    void without_an_id_the_ledger_names_the_centre_by_subdistrict_and_fiscal_year_of_establishment() {
        assertThat(CentreIds.made(840101, LocalDate.of(2019, 11, 15))).isEqualTo("centre-840101-2563");
        assertThat(CentreIds.made(840101, LocalDate.of(2019, 9, 30))).isEqualTo("centre-840101-2562");
    }

    @Test
    void an_id_sent_for_another_subdistrict_or_in_another_form_is_refused_naming_the_field() {
        assertThatThrownBy(() -> CentreIds.ofSubdistrict("centre-840201-2563", 840101, "centreId"))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("centre-840101");
        assertThatThrownBy(() -> CentreIds.inPath("centre-somewhere")).isInstanceOf(InvalidValue.class);
        assertThat(CentreIds.ofSubdistrict("centre-840101-2563", 840101, "centreId")).isEqualTo("centre-840101-2563");
    }
}
