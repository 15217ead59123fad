package th.go.mol.oneplan.query.statistics;

import java.util.Arrays;
import java.util.List;

/** An area statistics are kept for: a level and its official code (0 for the nation). */
public record Area(AreaLevel level, int code) {

    /** The subdistrict and every area above it, up to the nation: where a worker living there counts. */
    public static List<Area> holding(int subdistrictCode) {
        return Arrays.stream(AreaLevel.values()).map(level -> new Area(level, level.codeOf(subdistrictCode))).toList();
    }
}
