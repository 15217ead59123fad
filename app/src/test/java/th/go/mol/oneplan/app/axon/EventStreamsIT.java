package th.go.mol.oneplan.app.axon;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read models' processors read the event store on streams of their own, never through the embedded store's
 * shared cache, which held a lagging processor's backlog in memory until a 1 GiB heap was full (docs/architecture.md,
 * "Event streams"). The shared cache is filled by a producer thread of the store's own thread group, started the first
 * time a processor reaches the head of the stream: with streams of their own it is never started.
 */
class EventStreamsIT extends LedgerIntegrationTest {

    @Test
    void processors_that_reached_the_head_of_the_stream_read_it_without_the_shared_cache() {
        // given a drive recorded, and every processor caught up with it (at the head of the stream)
        startedDrive(83);
        awaitCaughtUp();

        // then no thread of the embedded store's cache producer (or its cleaner) runs
        List<String> cacheThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getThreadGroup() != null && "EmbeddedEventStore".equals(t.getThreadGroup().getName()))
                .map(Thread::getName)
                .toList();
        assertThat(cacheThreads).as("threads of the EmbeddedEventStore's shared cache").isEmpty();
    }
}
