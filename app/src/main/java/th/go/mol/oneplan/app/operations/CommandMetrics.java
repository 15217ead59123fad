package th.go.mol.oneplan.app.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Command rate and latency by type for operators ({@code oneplan_commands_seconds} in /actuator/prometheus): each
 * command handled on this node, timed from the moment its handler is invoked (the aggregate loaded, the rules
 * checked, the events applied) until it returns or throws, tagged with the command's type (its class: a bounded
 * set, never an id) and its outcome ({@code success}, or {@code failure} when the handler threw: a rule refused it,
 * or the store did). Every sender passes through the command bus (LedgerCommands, BatchCommands), so all are
 * counted; the commit of the sender's transaction is not in the time.
 */
@Component
public class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {
    static final String NAME = "oneplan.commands";

    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /** Axon's Spring Boot support registers every handler interceptor bean of commands with the command bus. */
    public CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        long start = System.nanoTime();
        boolean success = false;
        try {
            Object result = chain.proceed();
            success = true;
            return result;
        } finally {
            timer(command, success).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private Timer timer(String command, boolean success) {
        String outcome = success ? "success" : "failure";
        return timers.computeIfAbsent(command + '/' + outcome, key -> Timer.builder(NAME)
                .description("Commands handled on this node, by type and outcome")
                .tag("command", command)
                .tag("outcome", outcome)
                .register(registry));
    }
}
