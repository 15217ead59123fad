package th.go.mol.oneplan.command.loading;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import th.go.mol.oneplan.centre.PilotProgramme;
import th.go.mol.oneplan.centre.TambonCentre;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.register.RegisteredWorker;
import th.go.mol.oneplan.reportingrules.FiscalYearReportingRules;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * How the command side loads its aggregates, event-sourced from the PostgreSQL event store (the domain module is
 * free of Spring, so they are registered here rather than by annotation).
 * <p>
 * With {@code oneplan.commands.aggregate-cache.enabled} (the default) a drive, a year's reporting rules, a pilot
 * programme and a tambon centre are kept in the node's {@link AggregateCache} between commands and checked against
 * the store before each one ({@link StoreCheckedCachingRepository}), so that a command costs the same on a drive
 * of five thousand events as on a new one. Off, each command replays its aggregate from the store: Axon's
 * out-of-the-box repository, the baseline the benchmark compares against.
 * <p>
 * With {@code oneplan.commands.snapshots.threshold} above 0 (the default 250), a drive is snapshotted each time that
 * many events have been applied to it since it was loaded or last snapshotted, so that a node that has just started
 * (or has lost the drive from its cache) replays the latest snapshot and the events after it, not the whole stream.
 * 0: no snapshots, as Axon out of the box. Only drives are snapshotted: the other aggregates' streams stay short.
 * <p>
 * Registered workers are never cached: there are millions, each takes a handful of commands in its life, and a
 * bulk import would only push the drives out.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@Profile("!query")
public class AggregateLoading {

    @Bean
    public AggregateCache aggregateCache(@Value("${oneplan.commands.aggregate-cache.enabled:true}") boolean enabled) {
        return enabled ? AggregateCache.enabled() : AggregateCache.disabled();
    }

    @Bean
    public ConfigurerModule provincialDriveAggregate(AggregateCache cache,
                                                     @Value("${oneplan.commands.snapshots.threshold:250}") int threshold) {
        return configurer -> configurer.configureAggregate(cached(ProvincialDrive.class, cache,
                c -> threshold > 0 ? new EventCountSnapshotTriggerDefinition(c.snapshotter(), threshold)
                        : NoSnapshotTriggerDefinition.INSTANCE));
    }

    /**
     * Takes snapshots of drives on a thread of its own, in a transaction of its own, after the command that called
     * for it: a snapshot is never part of a command's transaction, so it can neither slow the command down nor
     * fail it (a snapshot that fails, or that another node took first, is logged and skipped; the next threshold
     * tries again). It reads the stream as committed, so it is always the state after some prefix of it.
     */
    @Bean
    public Snapshotter aggregateSnapshotter(EventStore eventStore, TransactionManager transactionManager,
                                            ParameterResolverFactory parameterResolverFactory,
                                            HandlerDefinition handlerDefinition,
                                            Configuration axon) {
        return AggregateSnapshotter.builder()
                .eventStore(eventStore)
                // the drive's model as the repository's: its command handlers take beans (Geography) as parameters
                .aggregateFactories(new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(
                        ProvincialDrive.class, parameterResolverFactory, handlerDefinition)))
                .executor(snapshotThread())
                .transactionManager(transactionManager)
                .repositoryProvider(axon::repository)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .build();
    }

    private static ExecutorService snapshotThread() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("drive-snapshots-");
        threads.setDaemon(true);
        return Executors.newSingleThreadExecutor(threads);
    }

    @Bean
    public ConfigurerModule fiscalYearReportingRulesAggregate(AggregateCache cache) {
        return configurer -> configurer.configureAggregate(cached(FiscalYearReportingRules.class, cache));
    }

    @Bean
    public ConfigurerModule pilotProgrammeAggregate(AggregateCache cache) {
        return configurer -> configurer.configureAggregate(cached(PilotProgramme.class, cache));
    }

    @Bean
    public ConfigurerModule tambonCentreAggregate(AggregateCache cache) {
        return configurer -> configurer.configureAggregate(cached(TambonCentre.class, cache));
    }

    /**
     * The register of informal workers (ทะเบียนแรงงานนอกระบบ): registered over HTTP and by the bulk import, named by
     * field visits, activities and grievances.
     */
    @Bean
    public ConfigurerModule registeredWorkerAggregate() {
        return configurer -> configurer.configureAggregate(RegisteredWorker.class);
    }

    private static <A> AggregateConfigurer<A> cached(Class<A> type, AggregateCache cache) {
        return cached(type, cache, c -> NoSnapshotTriggerDefinition.INSTANCE);
    }

    private static <A> AggregateConfigurer<A> cached(Class<A> type, AggregateCache cache,
                                                     Function<Configuration, SnapshotTriggerDefinition> snapshots) {
        AggregateConfigurer<A> aggregate = AggregateConfigurer.defaultConfiguration(type)
                .configureSnapshotTrigger(snapshots);
        if (!cache.isEnabled()) {
            return aggregate;
        }
        // Axon's default repository, as AggregateConfigurer builds it, with the cache and the store check.
        return aggregate.configureRepository(c -> StoreCheckedCachingRepository.builder(type)
                .parameterResolverFactory(c.parameterResolverFactory())
                .handlerDefinition(c.handlerDefinition(type))
                .eventStore(c.eventStore())
                .repositoryProvider(c::repository)
                .spanFactory(c.getComponent(RepositorySpanFactory.class))
                .snapshotTriggerDefinition(snapshots.apply(c))
                .cache(cache.axonCache())
                .build());
    }
}
