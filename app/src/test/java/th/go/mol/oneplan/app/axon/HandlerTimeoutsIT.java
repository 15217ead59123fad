package th.go.mol.oneplan.app.axon;

import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handler-timeout safety net as chosen in application.yml (docs/architecture.md, "Timeouts"): event handlers,
 * an aggregate's event-sourcing handlers among them, are not timed one by one (Axon takes a stack trace each time
 * it starts timing one, so a command paid one per event of its drive's history), nor are query handlers (a query's
 * unit of work is timed, and timing both took two stack traces per query); commands and every unit of work,
 * queries' and projection batches' included, still are.
 */
class HandlerTimeoutsIT extends LedgerIntegrationTest {
    @Autowired
    TimeoutProperties timeouts;

    @Test
    void event_handlers_are_not_timed_one_by_one() {
        assertThat(timeouts.isEnabled()).isTrue();
        assertThat(timeouts.getHandler().getEvents().getTimeoutMs()).isNegative();
        assertThat(timeouts.getHandler().getEvents().getWarningThresholdMs()).isNegative();
    }

    @Test
    void query_handlers_are_timed_by_their_unit_of_work_alone() {
        assertThat(timeouts.getHandler().getQueries().getTimeoutMs()).isNegative();
        assertThat(timeouts.getHandler().getQueries().getWarningThresholdMs()).isNegative();
        assertThat(timeouts.getTransaction().getQueryBus().getTimeoutMs()).isPositive();
        assertThat(timeouts.getTransaction().getQueryBus().getWarningThresholdMs()).isPositive();
    }

    @Test
    void commands_and_every_unit_of_work_still_are() {
        assertThat(timeouts.getHandler().getCommands().getTimeoutMs()).isPositive();
        assertThat(timeouts.getTransaction().getCommandBus().getTimeoutMs()).isPositive();
        assertThat(timeouts.getTransaction().getQueryBus().getTimeoutMs()).isPositive();
        assertThat(timeouts.getTransaction().getEventProcessors().getTimeoutMs()).isPositive();
        assertThat(timeouts.getTransaction().getEventProcessors().getWarningThresholdMs()).isPositive();
    }
}
