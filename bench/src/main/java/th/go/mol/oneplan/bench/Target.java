package th.go.mol.oneplan.bench;

import java.util.Map;

/**
 * A release gate of issue 11, checked on a figure (or on its ratio to its reference). Missing one is reported, never
 * a failure: the harness measures, people decide.
 */
record Target(String text, double bound, boolean atLeast, boolean onRatio) {

    /** The gates, by figure key. */
    static final Map<String, Target> GATES = Map.ofEntries(
            Map.entry("register.import", new Target(">= 30,000 workers/s", 30_000, true, false)),
            Map.entry("register.import.share", new Target(">= 40% of batched insert", 0.40, true, true)),
            Map.entry("drive.young.8.p99", new Target("p99 < 50 ms", 50, false, false)),
            Map.entry("drive.history.8.p99", new Target("p99 < 50 ms", 50, false, false)),
            Map.entry("rebuild", new Target(">= 60,000 events/s", 60_000, true, false)),
            Map.entry("rebuild.share", new Target(">= 40% of raw read", 0.40, true, true)),
            Map.entry("query.board.16.p99", new Target("p99 < 20 ms", 20, false, false)),
            Map.entry("query.kpi.16.p99", new Target("p99 < 20 ms", 20, false, false)),
            Map.entry("query.errors.64", new Target("0 errors", 0, false, false)),
            Map.entry("onegoal.77", new Target("< 30 s for 77 provinces", 30, false, false)),
            Map.entry("memory.heap", new Target("within 1 GiB heap", 1024, false, false)));

    boolean met(Figure figure) {
        Double measured = onRatio ? figure.ratio() : Double.valueOf(figure.value());
        if (measured == null || measured.isNaN()) {
            return false;
        }
        if (atLeast) {
            return measured >= bound;
        }
        return bound == 0 ? measured <= 0 : measured < bound;
    }
}
