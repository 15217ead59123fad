package th.go.mol.oneplan.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code clients} threads that share {@code requests} numbered requests, each client sending its next one as soon as
 * its last is answered (a closed loop, as people at their desks or a batch client do).
 */
final class Load {
    /** One request: true when it succeeded. Its latency is measured around it. */
    @FunctionalInterface
    interface Request {
        boolean send(int number, int client) throws Exception;
    }

    private Load() {
    }

    static Latencies run(int clients, int requests, Request request) throws InterruptedException {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try {
                    for (int n = next.getAndIncrement(); n < requests; n = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        boolean ok;
                        try {
                            ok = request.send(n, client);
                        } catch (Exception e) {
                            firstError.compareAndSet(null, e);
                            ok = false;
                        }
                        nanos[n] = System.nanoTime() - t;
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        long wall = System.nanoTime() - start;
        if (firstError.get() != null) {
            System.err.println("  first failure: " + firstError.get());
        }
        return new Latencies(requests, errors.get(), wall, nanos);
    }
}
