package th.go.mol.oneplan.query.statistics;

import th.go.mol.oneplan.query.basis.Clocks;

/**
 * Asks for the statistics of an area that exists in the geography (code 0 for the nation), at the clocks' basis
 * ({@link Clocks#NOW} for the counters as they are).
 */
public record FindAreaStatistics(AreaLevel level, int code, Clocks clocks) {
    public FindAreaStatistics(AreaLevel level, int code) {
        this(level, code, Clocks.NOW);
    }
}
