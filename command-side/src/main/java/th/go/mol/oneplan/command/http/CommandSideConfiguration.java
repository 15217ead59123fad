package th.go.mol.oneplan.command.http;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.time.Clock;

/**
 * Wires the command side: the resources the aggregates' command handlers take as parameters. The aggregates
 * themselves are registered by {@link th.go.mol.oneplan.command.loading.AggregateLoading}; the geography they check
 * codes against is a bean of every node (the application's {@code GeographyConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!query")
public class CommandSideConfiguration {

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
