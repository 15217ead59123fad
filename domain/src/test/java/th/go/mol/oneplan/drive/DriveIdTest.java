package th.go.mol.oneplan.drive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A drive is named by its province code and BE fiscal year: Trang's FY 2562 drive is 92-2562. */
class DriveIdTest {

    @Test
    void trangs_fy_2562_drive_is_92_2562() {
        assertThat(new DriveId(92, new FiscalYear(2562))).hasToString("92-2562");
        assertThat(DriveId.parse("92-2562")).isEqualTo(new DriveId(92, new FiscalYear(2562)));
    }

    @Test
    void bangkok_keeps_its_two_digit_code() {
        assertThat(new DriveId(10, new FiscalYear(2563))).hasToString("10-2563");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"92", "92-62", "Trang-2562", "92/2562", "092-2562", " 92-2562"})
    void refuses_text_that_is_not_a_drive_id(String text) {
        assertThatThrownBy(() -> DriveId.parse(text))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.rule()).isEqualTo("drive-id-format"));
    }

    @Test
    void refuses_a_drive_id_with_a_ce_year() {
        assertThatThrownBy(() -> DriveId.parse("92-2019"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.rule()).isEqualTo("fiscal-year-range"));
    }
}
