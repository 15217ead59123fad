package th.go.mol.oneplan.app.pages;

import th.go.mol.oneplan.common.InvalidValue;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How the board is filtered and sorted, from its query parameters: by region and level, sorted by one column either
 * way. Provinces without the figure sorted by (no drive, no rules declared) always come last, whichever way.
 *
 * @param level a KPI level 0 to 5, or -1 for provinces without a drive; null for all
 */
public record BoardView(Region region, Integer level, String sort, boolean descending) {
    public static final int NO_DRIVE = -1;

    private static final Map<String, Function<BoardRow, Comparable<?>>> COLUMNS = Map.of(
            "province", BoardRow::provinceCode,
            "name", BoardRow::provinceNameEn,
            "level", BoardRow::kpiLevel,
            "reached", BoardRow::reachedOn,
            "spent", BoardRow::spentShare,
            "compliance", BoardRow::complianceRate,
            "coverage", BoardRow::coverage);

    public static BoardView of(String region, String level, String sort, String dir) {
        Region r = null;
        if (region != null && !region.isBlank()) {
            r = Region.named(region).orElseThrow(() -> new InvalidValue("region", "one-of",
                    "region is one of " + List.of(Region.values())));
        }
        Integer l = null;
        if (level != null && !level.isBlank()) {
            l = level.strip().equals("none") ? NO_DRIVE : levelNumber(level.strip());
        }
        String s = sort == null || sort.isBlank() ? "province" : sort.strip().toLowerCase(Locale.ROOT);
        if (!COLUMNS.containsKey(s)) {
            throw new InvalidValue("sort", "one-of", "sort is one of " + COLUMNS.keySet());
        }
        boolean desc = dir != null && dir.strip().equalsIgnoreCase("desc");
        return new BoardView(r, l, s, desc);
    }

    private static int levelNumber(String text) {
        if (!text.matches("[0-5]")) {
            throw new InvalidValue("level", "one-of", "level is 0 to 5, or none for provinces without a drive");
        }
        return Integer.parseInt(text);
    }

    public List<BoardRow> apply(List<BoardRow> rows) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Function<BoardRow, Comparable> key = (Function) COLUMNS.get(sort);
        @SuppressWarnings("unchecked")
        Comparator<BoardRow> byValue = Comparator.comparing(key::apply, Comparator.nullsLast(
                descending ? Comparator.<Comparable>naturalOrder().reversed() : Comparator.<Comparable>naturalOrder()));
        return rows.stream()
                .filter(row -> region == null || row.region() == region)
                .filter(row -> level == null || (level == NO_DRIVE ? !row.hasDrive()
                        : row.hasDrive() && level.equals(row.kpiLevel())))
                .sorted(byValue.thenComparingInt(BoardRow::provinceCode))
                .toList();
    }

    /** The direction a column's header link sorts by next: the other way when it is the column sorted by. */
    public String nextDir(String column) {
        return column.equals(sort) && !descending ? "desc" : "asc";
    }

    /** {@code ascending}, {@code descending} or {@code none}: the column header's aria-sort. */
    public String ariaSort(String column) {
        return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
    }

    /** The level filter as its query parameter reads. */
    public String levelParam() {
        return level == null ? "" : level == NO_DRIVE ? "none" : level.toString();
    }

    public String regionParam() {
        return region == null ? "" : region.name();
    }
}
