package th.go.mol.oneplan.query.processing;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import th.go.mol.oneplan.query.acts.DriveActsProjection;
import th.go.mol.oneplan.query.audit.DriveAuditProjection;
import th.go.mol.oneplan.query.centres.TambonCentresProjection;
import th.go.mol.oneplan.query.centrework.CentreWorkProjection;
import th.go.mol.oneplan.query.drives.DriveOverviewProjection;
import th.go.mol.oneplan.query.kpi.DriveKpiProjection;
import th.go.mol.oneplan.query.reporting.ReportingRulesProjection;
import th.go.mol.oneplan.query.served.DriveWorkersServedProjection;
import th.go.mol.oneplan.query.workers.WorkersProjection;
import th.go.mol.oneplan.query.statistics.RegisterStatisticsProjection;

import java.util.List;

/**
 * How the projections read the event store. Each read model has its own processing group, so it keeps its own
 * token and can be rebuilt alone (docs/rebuilds.md). Each is a pooled streaming processor with the segments
 * {@link ProjectionSettings} gives its group (1 or 2: the events of one aggregate are always folded in order; see
 * there why each group has its count). A new processor starts at the tail of the stream, so it folds in every
 * event from the first. Events are handled 100 to a transaction by default, which keeps a rebuild short without
 * holding locks long.
 *
 * <p>An event a projection cannot handle is parked in the dead-letter queue ({@code deadletterentry}) with
 * the later events of the same drive, instead of being skipped silently or stopping every drive's read model;
 * a rebuild empties the queue.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!command")
public class ProjectionProcessing {
    /** The projections' processing groups, one per read model. */
    public static final List<String> PROCESSING_GROUPS = List.of(DriveOverviewProjection.GROUP,
            DriveActsProjection.GROUP, DriveKpiProjection.GROUP, DriveAuditProjection.GROUP,
            ReportingRulesProjection.GROUP, TambonCentresProjection.GROUP, DriveWorkersServedProjection.GROUP,
            WorkersProjection.GROUP, CentreWorkProjection.GROUP, RegisterStatisticsProjection.GROUP);

    @Bean
    public ProjectionSettings projectionSettings(Environment environment) {
        return new ProjectionSettings(environment);
    }

    @Bean
    public ConfigurerModule projectionProcessors(ObjectProvider<ConnectionProvider> connectionProvider,
                                                 ObjectProvider<DeadLetterSchema> deadLetterSchema,
                                                 ProjectionSettings projectionSettings) {
        return configurer -> configurer.eventProcessing(processing -> PROCESSING_GROUPS.forEach(group -> {
            processing.registerPooledStreamingEventProcessor(group, config -> config.eventStore(),
                    settings(projectionSettings.segments(group), projectionSettings.batchSize()));
            processing.registerDeadLetterQueue(group, config -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                    .processingGroup(group)
                    .connectionProvider(connectionProvider.getObject())
                    .schema(deadLetterSchema.getIfAvailable(DeadLetterSchema::defaultSchema))
                    .transactionManager(config.getComponent(TransactionManager.class))
                    .genericSerializer(config.serializer())
                    .eventSerializer(config.eventSerializer())
                    .build());
        }));
    }

    /**
     * No limit on the segments a node claims: a group keeps the segments its tokens have (a rebuild may have made
     * more or fewer than before), and every one of them must be folded somewhere.
     */
    private static EventProcessingConfigurer.PooledStreamingProcessorConfiguration settings(int segments,
                                                                                         int batchSize) {
        return (config, builder) -> builder
                .initialSegmentCount(segments)
                .batchSize(batchSize)
                .initialToken(StreamableMessageSource::createTailToken);
    }
}
