package th.go.mol.oneplan.bench;

import java.util.Arrays;

/** What a load gave: how many requests, how many failed, how long it all took, and each request's latency. */
record Latencies(int requests, int errors, long wallNanos, long[] nanos) {

    double perSecond() {
        return wallNanos == 0 ? 0 : requests * 1e9 / wallNanos;
    }

    double p50Millis() {
        return percentile(0.50);
    }

    double p99Millis() {
        return percentile(0.99);
    }

    /** Nearest-rank percentile, in milliseconds. */
    double percentile(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
