package th.go.mol.oneplan.command.loading;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import th.go.mol.oneplan.centre.PilotProgramme;
import th.go.mol.oneplan.centre.TambonCentre;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.register.RegisteredWorker;
import th.go.mol.oneplan.reportingrules.FiscalYearReportingRules;

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
    public ConfigurerModule provincialDriveAggregate(AggregateCache cache) {
        return configurer -> configurer.configureAggregate(cached(ProvincialDrive.class, cache));
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
        AggregateConfigurer<A> aggregate = AggregateConfigurer.defaultConfiguration(type);
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
                .cache(cache.axonCache())
                .build());
    }
}
