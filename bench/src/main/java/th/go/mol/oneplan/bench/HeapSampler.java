package th.go.mol.oneplan.bench;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The service's peak heap in use, sampled twice a second from its metrics endpoint ({@code jvm.memory.used},
 * area heap) while the run goes on: the JVM keeps no high-water mark of its own heap in use.
 */
final class HeapSampler implements AutoCloseable {
    private final Api api;
    private volatile String token;
    private volatile long peakBytes = -1;
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler(Api api) {
        this.api = api;
        this.thread = new Thread(this::sample, "bench-heap-sampler");
        this.thread.setDaemon(true);
    }

    void start(String adminToken) {
        this.token = adminToken;
        thread.start();
    }

    private void sample() {
        while (running) {
            try {
                Api.Reply reply = api.get("/actuator/metrics/jvm.memory.used?tag=area:heap", token);
                if (reply.ok()) {
                    for (JsonNode m : reply.json().get("measurements")) {
                        if (m.get("statistic").asText().equals("VALUE")) {
                            peakBytes = Math.max(peakBytes, m.get("value").asLong());
                        }
                    }
                }
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // a missed sample: the next one counts
            }
        }
    }

    long peakBytes() {
        return peakBytes;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
