package th.go.mol.oneplan.app.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.query.processing.ProjectionProcessing;
import th.go.mol.oneplan.query.replay.ProjectionReplays;

import java.time.Duration;
import java.util.Map;

/**
 * How far each projection (processing group) on this node is behind the event store, in events: the head of the
 * store (its highest global index) less the position the projection has handled up to, as
 * {@code GET /api/admin/projections} reports it (a segment that has read nothing yet counts from before the first
 * event). A scrape reads the head once (one index lookup) and the positions from the processors' memory, however
 * many projections there are. NaN for a projection none of whose segments this node has claimed (another query
 * node runs them).
 */
@Component
@Profile("!command")
public class ProjectionLagMetrics implements MeterBinder {
    static final String LAG = "oneplan.projection.lag";
    static final String HEAD = "oneplan.event.store.head";

    private record Standing(long head, Map<String, Long> positions) {
    }

    private final Recent<Standing> standing;

    public ProjectionLagMetrics(ProjectionReplays projections, JdbcTemplate jdbc) {
        this.standing = new Recent<>(Duration.ofSeconds(1), () -> {
            Long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
            return new Standing(head == null ? -1 : head, projections.positions());
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(HEAD, this, m -> m.standing.get().head())
                .description("The highest global index in the event store (-1 while it is empty)")
                .register(registry);
        for (String group : ProjectionProcessing.PROCESSING_GROUPS) {
            Gauge.builder(LAG, this, m -> m.lag(group))
                    .description("Events in the store the projection has not handled yet on this node")
                    .tag("processing_group", group)
                    .baseUnit("events")
                    .register(registry);
        }
    }

    private double lag(String group) {
        Standing now = standing.get();
        Long position = now.positions().get(group);
        if (position == null) {
            return Double.NaN;
        }
        return Math.max(0, now.head() - position);
    }
}
