package th.go.mol.oneplan.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * OnePlan Ledger: the event-sourced record of the Ministry of Labour's provincial One Plan drives.
 * Runs all-in-one by default; with profile {@code command} only the command side, with {@code query} only the
 * query side, both against the same PostgreSQL event store.
 */
@SpringBootApplication(scanBasePackages = "th.go.mol.oneplan")
public class OnePlanLedgerApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        // Axon's advertisement for its AxonIQ Console, printed at every start; it reads only this system property.
        System.setProperty("disable-axoniq-console-message", "true");
        ConfigurableApplicationContext context = SpringApplication.run(OnePlanLedgerApplication.class, args);
        // The command-line import (docs/import.md), the year-end summary job (docs/one-goal-summary.md) and the
        // rebuild (docs/rebuilds.md) end the process with their exit code once their job is done.
        if (!context.getEnvironment().getProperty("oneplan.import.file", "").isBlank()
                || context.getEnvironment().matchesProfiles("summary", "rebuild")) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
