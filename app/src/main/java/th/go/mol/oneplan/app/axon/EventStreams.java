package th.go.mol.oneplan.app.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store as the read models' processors stream it: Axon's {@link EmbeddedEventStore} on PostgreSQL, with
 * each processor reading the event table on a stream of its own ({@code optimizeEventConsumption} off) instead of
 * through the store's shared in-memory cache.
 *
 * <p>Why (issue 11, docs/architecture.md "Event streams"): the shared cache is a chain of events that a producer
 * thread reads ahead of the processors; a processor that lags holds the chain from its position onwards until a
 * cleaner detaches it, and a race between the two can leave a detached processor holding it for good (AxonFramework
 * issue 2954). With a million events appended quickly (a national survey, a bulk correction, a store restored) the
 * service's 1 GiB heap filled with retained events and the service stopped answering; with a stream of its own
 * per processor the same run kept under 330 MiB. The cost: each processor reads (and deserialises) the events it
 * needs itself, and an idle processor asks the table for new events every half second (Axon's coordinator polls
 * at that rate either way, as the embedded store offers no callback). {@code oneplan.events.shared-stream-cache=true}
 * brings Axon's default back (the benchmark's baseline does).
 *
 * <p>Axon's Spring Boot configuration makes its JDBC storage engine only when no event store is defined, so the
 * engine is defined here too, as Axon's {@code JdbcAutoConfiguration} defines it (with
 * Axon's default table and column names).
 */
@Configuration(proxyBeanMethods = false)
public class EventStreams {

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .build();
    }

    @Bean
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                         org.axonframework.config.Configuration configuration,
                                         @Value("${oneplan.events.shared-stream-cache:false}") boolean sharedCache) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(sharedCache)
                .build();
    }
}
