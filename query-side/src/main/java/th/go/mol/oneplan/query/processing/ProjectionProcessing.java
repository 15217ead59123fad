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
 * token and can be rebuilt alone. Each is a pooled streaming processor with a single segment: events of a
 * drive must be folded in stream order, and the machines have two cores. A new (or reset) processor starts at
 * the tail of the stream, so it folds in every event from the first. Events are handled 100 to a transaction,
 * which keeps a full replay short without holding locks long.
 *
 * <p>An event a projection cannot handle is parked in the dead-letter queue ({@code deadletterentry}) with
 * the later events of the same drive, instead of being skipped silently or stopping every drive's read model;
 * a replay empties the queue.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!command")
public class ProjectionProcessing {
    /** The projections' processing groups, one per read model. */
    public static final List<String> PROCESSING_GROUPS = List.of(DriveOverviewProjection.GROUP,
            DriveActsProjection.GROUP, DriveKpiProjection.GROUP, DriveAuditProjection.GROUP,
            ReportingRulesProjection.GROUP, TambonCentresProjection.GROUP, DriveWorkersServedProjection.GROUP,
            WorkersProjection.GROUP, CentreWorkProjection.GROUP, RegisterStatisticsProjection.GROUP);
    static final int SEGMENTS = 1;
    static final int BATCH_SIZE = 100;

    @Bean
    public ConfigurerModule projectionProcessors(ObjectProvider<ConnectionProvider> connectionProvider,
                                                 ObjectProvider<DeadLetterSchema> deadLetterSchema) {
        return configurer -> configurer.eventProcessing(processing -> PROCESSING_GROUPS.forEach(group -> {
            processing.registerPooledStreamingEventProcessor(group, config -> config.eventStore(), settings());
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

    private static EventProcessingConfigurer.PooledStreamingProcessorConfiguration settings() {
        return (config, builder) -> builder
                .initialSegmentCount(SEGMENTS)
                .maxClaimedSegments(SEGMENTS)
                .batchSize(BATCH_SIZE)
                .initialToken(StreamableMessageSource::createTailToken);
    }
}
