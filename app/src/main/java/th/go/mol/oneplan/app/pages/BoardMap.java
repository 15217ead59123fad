package th.go.mol.oneplan.app.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The national board drawn as a map of Thailand: each province's shape filled by its KPI level (a colour and a
 * pattern of its own per level, so it reads without colour), linked to its drive where it has one, and greyed where
 * the board's filters leave it out. The board's table stays the accessible list; the map shows the same rows.
 */
public record BoardMap(String viewBox, List<Area> areas) {

    /**
     * One province on the map.
     *
     * @param driveId null without a drive: the shape is then no link
     * @param level   null without a drive
     * @param shown   false when the board's filters leave the province out (greyed)
     * @param title   what the shape says when pointed at or read: its names and its level
     */
    public record Area(int provinceCode, String path, String driveId, Integer level, boolean shown, String title) {

        public boolean hasDrive() {
            return driveId != null;
        }

        /** {@code map-province map-level-5}, and {@code map-filtered} when the filters leave it out. */
        public String cssClass() {
            return "map-province map-level-" + (level == null ? "none" : level.toString())
                    + (shown ? "" : " map-filtered");
        }
    }

    /**
     * @param all   every province's row of the board
     * @param shown the rows the board's filters keep
     */
    public static BoardMap of(ProvinceMap map, List<BoardRow> all, List<BoardRow> shown, PageText fmt) {
        Map<Integer, BoardRow> rows = all.stream().collect(Collectors.toMap(BoardRow::provinceCode, Function.identity()));
        Set<Integer> kept = shown.stream().map(BoardRow::provinceCode).collect(Collectors.toSet());
        List<Area> areas = map.shapes().stream().map(shape -> {
            BoardRow row = rows.get(shape.provinceCode());
            boolean isShown = kept.contains(shape.provinceCode());
            return new Area(shape.provinceCode(), shape.path(), row.driveId(), row.kpiLevel(), isShown,
                    title(row, isShown, fmt));
        }).toList();
        return new BoardMap(map.viewBox(), areas);
    }

    private static String title(BoardRow row, boolean shown, PageText fmt) {
        String names = row.provinceNameTh() + " · " + row.provinceNameEn() + ": ";
        String level = !row.hasDrive() ? "ไม่มีการขับเคลื่อน (no drive)"
                : "KPI level " + row.kpiLevel() + " · " + fmt.levelName(row.kpiLevel())
                + (row.reachedOn() == null ? "" : ", " + fmt.date(row.reachedOn()));
        return names + level + (shown ? "" : " · ไม่อยู่ในตัวกรอง (filtered out)");
    }
}
