package th.go.mol.oneplan.query.rebuild;

import jakarta.annotation.PreDestroy;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.query.processing.ProjectionProcessing;
import th.go.mol.oneplan.query.processing.ProjectionSettings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Rebuilds read models without downtime (docs/rebuilds.md). One rebuild runs at a time on a node (a rebuild uses
 * the cores through its segments); others asked for meanwhile wait their turn. A group being rebuilt or waiting
 * cannot be asked for again (409).
 */
@Service
@Profile("!command")
public class ProjectionRebuilds {
    private final EventProcessingConfiguration processing;
    private final GroupRebuild.Parts parts;
    private final ProjectionSettings settings;
    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final Map<String, GroupRebuild> latest = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public ProjectionRebuilds(EventProcessingConfiguration processing, EventStore eventStore, TokenStore tokenStore,
                              TransactionManager transactionManager, JdbcTemplate jdbc, RebuildDatabase database,
                              org.axonframework.config.Configuration axon, ProjectionSettings settings,
                              ApplicationContext context) {
        this.processing = processing;
        this.parts = new GroupRebuild.Parts(eventStore, tokenStore, transactionManager, jdbc, database, axon,
                Clock.systemUTC());
        this.settings = settings;
        this.context = context;
        this.jdbc = jdbc;
    }

    /** Queues a rebuild of the group; 404 for an unknown group, 409 if it is already being rebuilt. */
    public synchronized RebuildProgress rebuild(String group) {
        return progress(submit(group).rebuild, head());
    }

    /** Queues a rebuild of every group not already being rebuilt, in the order of the processing groups. */
    public synchronized Map<String, RebuildProgress> rebuildAll() {
        long head = head();
        Map<String, RebuildProgress> queued = new java.util.LinkedHashMap<>();
        for (String group : ProjectionProcessing.PROCESSING_GROUPS) {
            GroupRebuild current = latest.get(group);
            queued.put(group, progress(current != null && active(current) ? current : submit(group).rebuild, head));
        }
        return queued;
    }

    /** Rebuilds the groups one after the other, in this thread, reporting each one's progress; for the CLI. */
    public List<GroupRebuildResult> rebuildNow(List<String> groups, java.util.function.Consumer<Map<String,
            RebuildProgress>> progress) throws InterruptedException {
        List<Submitted> submitted = new ArrayList<>();
        synchronized (this) {
            groups.forEach(this::check);
            for (String group : groups) {
                submitted.add(submit(group));
            }
        }
        for (Submitted s : submitted) {
            while (!s.done.isDone()) {
                progress.accept(Map.of(s.rebuild.group(), progress(s.rebuild, head())));
                Thread.sleep(1000);
            }
        }
        long head = head();
        return submitted.stream().map(s -> new GroupRebuildResult(s.rebuild.group(), progress(s.rebuild, head)))
                .toList();
    }

    /** The group's latest rebuild on this node. */
    public RebuildProgress progress(String group) {
        GroupRebuild rebuild = latest.get(group);
        return rebuild == null ? RebuildProgress.NONE : progress(rebuild, head());
    }

    public record GroupRebuildResult(String group, RebuildProgress progress) {
    }

    private record Submitted(GroupRebuild rebuild, Future<?> done) {
    }

    private Submitted submit(String group) {
        check(group);
        GroupRebuild rebuild = new GroupRebuild(parts, group, projectionsOf(group),
                () -> liveProcessor(group), settings.segments(group), settings.batchSize());
        latest.put(group, rebuild);
        return new Submitted(rebuild, runner.submit(rebuild::run));
    }

    private void check(String group) {
        if (!ProjectionProcessing.PROCESSING_GROUPS.contains(group)) {
            throw new NotFound("processingGroup", "there is no projection " + group + "; projections are "
                    + String.join(", ", ProjectionProcessing.PROCESSING_GROUPS));
        }
        liveProcessor(group);
        if (!ReadModelTables.all().containsKey(group)) {
            throw new RuleViolation("not-rebuildable", "processingGroup", "the tables of " + group + " are not"
                    + " listed in ReadModelTables, so it cannot be rebuilt");
        }
        GroupRebuild current = latest.get(group);
        if (current != null && active(current)) {
            throw new RuleViolation("rebuild-in-progress", "processingGroup", group + " is already being rebuilt ("
                    + current.state() + "); see GET /api/admin/projections");
        }
    }

    private static boolean active(GroupRebuild rebuild) {
        RebuildState state = rebuild.state();
        return state == RebuildState.QUEUED || state == RebuildState.BUILDING || state == RebuildState.SWITCHING;
    }

    private StreamingEventProcessor liveProcessor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFound("processingGroup", "projection " + group
                        + " does not run on this node"));
    }

    /** The beans whose handlers make the group's read model. */
    private List<Object> projectionsOf(String group) {
        List<Object> beans = context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .filter(bean -> {
                    ProcessingGroup annotation = AnnotationUtils.findAnnotation(AopUtils.getTargetClass(bean),
                            ProcessingGroup.class);
                    return annotation != null && annotation.value().equals(group);
                }).toList();
        if (beans.isEmpty()) {
            throw new NotFound("processingGroup", "projection " + group + " has no handlers on this node");
        }
        return beans;
    }

    private RebuildProgress progress(GroupRebuild rebuild, long head) {
        return rebuild.progress(head);
    }

    private long head() {
        Long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        return head == null ? 0 : head;
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
