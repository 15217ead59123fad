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
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

import java.time.Duration;
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

    /**
     * The query nodes running, for each node's fair share of segments; null when sharing is switched off
     * ({@code oneplan.projections.share-segments: false}), and then a node claims every segment it can.
     * The {@link NamedParameterJdbcTemplate} is taken so that this starts after Flyway made {@code tokenentry}.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "oneplan.projections.share-segments", havingValue = "true", matchIfMissing = true)
    public QueryNodes queryNodes(NamedParameterJdbcTemplate jdbc, ProjectionSettings projectionSettings) {
        return new QueryNodes(jdbc.getJdbcTemplate().getDataSource(), projectionSettings.tokenClaimInterval());
    }

    @Bean
    public ConfigurerModule projectionProcessors(ObjectProvider<ConnectionProvider> connectionProvider,
                                                 ObjectProvider<DeadLetterSchema> deadLetterSchema,
                                                 ProjectionSettings projectionSettings,
                                                 ObjectProvider<QueryNodes> queryNodes) {
        return configurer -> configurer.eventProcessing(processing -> PROCESSING_GROUPS.forEach(group -> {
            processing.registerPooledStreamingEventProcessor(group, config -> config.eventStore(),
                    settings(projectionSettings.segments(group), projectionSettings.batchSize(),
                            projectionSettings.tokenClaimInterval(), queryNodes.getIfAvailable()));
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
     * A group keeps the segments its tokens have (a rebuild may have made more or fewer than before), and every one
     * of them must be folded somewhere: the only limit on what a node claims is its share among the query nodes
     * running ({@link QueryNodes}), which is all of them on a node left alone. The claim interval is how often a
     * node looks for segments nobody holds: after a graceful stop of another node, that is how long its segments
     * wait; after a kill, the claim timeout comes first (docs/scaling.md).
     */
    private static EventProcessingConfigurer.PooledStreamingProcessorConfiguration settings(int segments,
            int batchSize, Duration tokenClaimInterval, QueryNodes queryNodes) {
        return (config, builder) -> {
            builder.initialSegmentCount(segments)
                    .batchSize(batchSize)
                    .tokenClaimInterval(tokenClaimInterval.toMillis())
                    .initialToken(StreamableMessageSource::createTailToken);
            if (queryNodes != null) {
                builder.maxSegmentProvider(queryNodes);
            }
            return builder;
        };
    }
}
