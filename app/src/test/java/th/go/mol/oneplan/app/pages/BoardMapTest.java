package th.go.mol.oneplan.app.pages;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.geography.ThaiGeography;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The board's rows as the map draws them: level, link, what each shape says, and what the filters leave out. */
class BoardMapTest {
    private static final ProvinceMap MAP = new ProvinceMap(ThaiGeography.load(),
            BoardMapTest.class.getResource(ProvinceMap.RESOURCE));

    @Test
    void given_trang_at_level_5_and_no_other_drive_when_filtered_to_the_south_then_the_north_is_greyed() {
        List<BoardRow> all = ThaiGeography.load().provinces().stream().map(p -> p.code() == 92
                ? new BoardRow(92, "ตรัง", "Trang", Region.SOUTH, "92-2562", 5, LocalDate.of(2019, 9, 30),
                null, null, null, null, null, null)
                : new BoardRow(p.code(), p.nameTh(), p.nameEn(), Region.ofProvince(p.code()),
                null, null, null, null, null, null, null, null, null)).toList();
        List<BoardRow> south = BoardView.of("SOUTH", null, null, null).apply(all);

        Map<Integer, BoardMap.Area> areas = BoardMap.of(MAP, all, south, new PageText()).areas().stream()
                .collect(Collectors.toMap(BoardMap.Area::provinceCode, Function.identity()));

        assertThat(areas).hasSize(77);
        BoardMap.Area trang = areas.get(92);
        assertThat(trang.hasDrive()).isTrue();
        assertThat(trang.driveId()).isEqualTo("92-2562");
        assertThat(trang.cssClass()).isEqualTo("map-province map-level-5");
        assertThat(trang.title()).isEqualTo("ตรัง · Trang: KPI level 5 · ระดับ 5 สรุปผล One Goal (summary sent), 30 ก.ย. 2562");
        BoardMap.Area krabi = areas.get(81);
        assertThat(krabi.hasDrive()).isFalse();
        assertThat(krabi.cssClass()).isEqualTo("map-province map-level-none");
        assertThat(krabi.title()).endsWith("ไม่มีการขับเคลื่อน (no drive)");
        BoardMap.Area chiangMai = areas.get(50);
        assertThat(chiangMai.shown()).isFalse();
        assertThat(chiangMai.cssClass()).isEqualTo("map-province map-level-none map-filtered");
        assertThat(chiangMai.title()).contains("Chiang Mai").endsWith("ไม่อยู่ในตัวกรอง (filtered out)");
    }
}
