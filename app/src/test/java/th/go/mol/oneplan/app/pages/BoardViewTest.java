package th.go.mol.oneplan.app.pages;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.query.budget.Figures;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoardViewTest {
    private static final BoardRow TRANG = row(92, 5, LocalDate.of(2019, 9, 30), 0.9);
    private static final BoardRow KRABI = row(81, 2, LocalDate.of(2019, 1, 15), null);
    private static final BoardRow CHIANG_MAI = row(50, 3, LocalDate.of(2019, 2, 1), 0.5);
    private static final BoardRow PHATTHALUNG_WITHOUT_A_DRIVE = new BoardRow(93, "พัทลุง", "Phatthalung", Region.SOUTH,
            null, null, null, null, null, null, null, null, null);
    private static final List<BoardRow> BOARD = List.of(CHIANG_MAI, KRABI, TRANG, PHATTHALUNG_WITHOUT_A_DRIVE);

    @Test
    void a_province_code_names_its_region_by_its_first_digit() {
        assertThat(Region.ofProvince(10)).isEqualTo(Region.CENTRAL);
        assertThat(Region.ofProvince(20)).isEqualTo(Region.EAST);
        assertThat(Region.ofProvince(30)).isEqualTo(Region.NORTHEAST);
        assertThat(Region.ofProvince(49)).isEqualTo(Region.NORTHEAST);
        assertThat(Region.ofProvince(50)).isEqualTo(Region.NORTH);
        assertThat(Region.ofProvince(67)).isEqualTo(Region.NORTH);
        assertThat(Region.ofProvince(77)).isEqualTo(Region.WEST);
        assertThat(Region.ofProvince(92)).isEqualTo(Region.SOUTH);
    }

    @Test
    void by_default_the_board_lists_every_province_by_code() {
        assertThat(BoardView.of(null, null, null, null).apply(BOARD)).extracting(BoardRow::provinceCode)
                .containsExactly(50, 81, 92, 93);
    }

    @Test
    void sorted_by_level_either_way_provinces_without_a_drive_come_last() {
        assertThat(BoardView.of(null, null, "level", "desc").apply(BOARD)).extracting(BoardRow::provinceCode)
                .containsExactly(92, 50, 81, 93);
        assertThat(BoardView.of(null, null, "level", "asc").apply(BOARD)).extracting(BoardRow::provinceCode)
                .containsExactly(81, 50, 92, 93);
        assertThat(BoardView.of(null, null, "spent", "desc").apply(BOARD)).extracting(BoardRow::provinceCode)
                .containsExactly(92, 50, 81, 93);
    }

    @Test
    void filtered_by_region_and_level_or_to_the_provinces_without_a_drive() {
        assertThat(BoardView.of("south", null, null, null).apply(BOARD)).extracting(BoardRow::provinceCode)
                .containsExactly(81, 92, 93);
        assertThat(BoardView.of("SOUTH", "5", null, null).apply(BOARD)).containsExactly(TRANG);
        assertThat(BoardView.of(null, "none", null, null).apply(BOARD)).containsExactly(PHATTHALUNG_WITHOUT_A_DRIVE);
    }

    @Test
    void a_column_header_sorts_the_other_way_when_it_is_the_column_sorted_by() {
        BoardView byLevel = BoardView.of(null, null, "level", "asc");
        assertThat(byLevel.nextDir("level")).isEqualTo("desc");
        assertThat(byLevel.nextDir("reached")).isEqualTo("asc");
        assertThat(byLevel.ariaSort("level")).isEqualTo("ascending");
        assertThat(byLevel.ariaSort("reached")).isEqualTo("none");
    }

    @Test
    void an_unknown_region_level_or_column_is_refused_naming_the_parameter() {
        assertThatThrownBy(() -> BoardView.of("atlantis", null, null, null)).isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).field()).isEqualTo("region");
        assertThatThrownBy(() -> BoardView.of(null, "6", null, null)).isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).field()).isEqualTo("level");
        assertThatThrownBy(() -> BoardView.of(null, null, "colour", null)).isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).field()).isEqualTo("sort");
    }

    @Test
    void a_level_is_written_with_its_number_name_and_colour_class_and_dates_in_the_buddhist_era() {
        PageText fmt = new PageText();
        assertThat(fmt.levelClass(5)).isEqualTo("level-5");
        assertThat(fmt.levelClass(null)).isEqualTo("level-none");
        assertThat(fmt.levelName(5)).startsWith("ระดับ 5");
        assertThat(fmt.date(LocalDate.of(2019, 9, 30))).isEqualTo("30 ก.ย. 2562");
        assertThat(fmt.date(LocalDate.of(2018, 12, 20))).isEqualTo("20 ธ.ค. 2561");
    }

    private static BoardRow row(int code, int level, LocalDate reachedOn, Double spentShare) {
        Figures budget = spentShare == null ? null : Figures.of(100_000, Math.round(100_000 * spentShare));
        return new BoardRow(code, "จังหวัด " + code, "Province " + code, Region.ofProvince(code), code + "-2562", level,
                reachedOn, budget, null, null, null, null, null);
    }
}
