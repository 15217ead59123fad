package th.go.mol.oneplan.command.http;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import th.go.mol.oneplan.centre.PilotProgramme;
import th.go.mol.oneplan.centre.TambonCentre;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.register.RegisteredWorker;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.ThaiGeography;
import th.go.mol.oneplan.reportingrules.FiscalYearReportingRules;

import java.time.Clock;

/**
 * Wires the command side: the {@link ProvincialDrive}, {@link FiscalYearReportingRules}, {@link PilotProgramme},
 * {@link TambonCentre} and {@link RegisteredWorker} aggregates, event-sourced from the PostgreSQL event store
 * (the domain module is free of Spring, so it is registered here rather than by annotation), and the
 * resources its command handlers take as parameters.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!query")
public class CommandSideConfiguration {

    @Bean
    public ConfigurerModule provincialDriveAggregate() {
        return configurer -> configurer.configureAggregate(ProvincialDrive.class);
    }

    @Bean
    public ConfigurerModule fiscalYearReportingRulesAggregate() {
        return configurer -> configurer.configureAggregate(FiscalYearReportingRules.class);
    }

    @Bean
    public ConfigurerModule pilotProgrammeAggregate() {
        return configurer -> configurer.configureAggregate(PilotProgramme.class);
    }

    @Bean
    public ConfigurerModule tambonCentreAggregate() {
        return configurer -> configurer.configureAggregate(TambonCentre.class);
    }

    /**
     * The register of informal workers (ทะเบียนแรงงานนอกระบบ): registered over HTTP and by the bulk import, named by
     * field visits, activities and grievances.
     */
    @Bean
    public ConfigurerModule registeredWorkerAggregate() {
        return configurer -> configurer.configureAggregate(RegisteredWorker.class);
    }

    @Bean
    public Geography geography() {
        return ThaiGeography.load();
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
