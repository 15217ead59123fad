package th.go.mol.oneplan.app.pages;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.common.RuleViolation;

import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * The pages ask the query side what the API's controllers ask it, through the same query gateway; this only
 * unwraps what the gateway wraps, so that a page can tell a rule (no reporting rules declared yet) from a fault.
 */
@Component
@WithPages
public class PageQueries {
    private final QueryGateway gateway;

    public PageQueries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R ask(Object query, Class<R> answer) {
        try {
            return gateway.query(query, ResponseTypes.instanceOf(answer)).join();
        } catch (CompletionException e) {
            throw unwrapped(e);
        }
    }

    public <R> Optional<R> find(Object query, Class<R> answer) {
        try {
            return gateway.query(query, ResponseTypes.optionalInstanceOf(answer)).join();
        } catch (CompletionException e) {
            throw unwrapped(e);
        }
    }

    /** The rule the query side refused by, if that is why it failed. */
    public static Optional<RuleViolation> ruleOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation rule) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private static RuntimeException unwrapped(CompletionException e) {
        Optional<RuleViolation> rule = ruleOf(e);
        if (rule.isPresent()) {
            return rule.get();
        }
        return e.getCause() instanceof RuntimeException cause ? cause : e;
    }
}
