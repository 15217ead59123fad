package th.go.mol.oneplan.command.http;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.ThaiGeography;

import java.time.Clock;

/**
 * Wires the command side: the resources the aggregates' command handlers take as parameters. The aggregates
 * themselves are registered by {@link th.go.mol.oneplan.command.loading.AggregateLoading}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!query")
public class CommandSideConfiguration {

    @Bean
    public Geography geography() {
        return ThaiGeography.load();
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
