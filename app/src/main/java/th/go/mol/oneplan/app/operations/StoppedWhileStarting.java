package th.go.mol.oneplan.app.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A stop (Ctrl-C, SIGTERM) while the service is still starting closes the connection pool under the start-up steps
 * that follow (the first admin, the demo), and Spring Boot would log their failure as "Application run failed" with
 * a stack trace. That is the stop doing what was asked, so it is told in one line at INFO. Any other failure to start
 * is left to Spring Boot's own reporting. Registered in {@code META-INF/spring.factories}: it must exist before the
 * application does.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StoppedWhileStarting implements SpringBootExceptionReporter {
    private static final Logger log = LoggerFactory.getLogger(StoppedWhileStarting.class);

    @Override
    public boolean reportException(Throwable failure) {
        if (!ServiceStopping.now()) {
            return false;
        }
        log.info("Stopped while starting (the stop came before the service was ready): {}", failure.toString());
        return true;
    }
}
