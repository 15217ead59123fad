package th.go.mol.oneplan.app.operations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside a stop, a failure to start is not ours to soften: it goes on to Spring Boot's own report, with its stack
 * trace. (A stop during start-up is exercised on the packaged jar by {@code QuietStopIT}.)
 */
class StoppedWhileStartingTest {

    @Test
    void a_failure_to_start_while_nothing_is_stopping_the_service_is_left_to_spring_boot() {
        // Given a running JVM that is not shutting down
        assertThat(ServiceStopping.now()).isFalse();

        // When a start fails, Then the reporter declines it
        assertThat(new StoppedWhileStarting().reportException(new IllegalStateException("port in use"))).isFalse();
    }
}
