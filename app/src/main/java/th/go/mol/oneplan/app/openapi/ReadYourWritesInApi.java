package th.go.mol.oneplan.app.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import th.go.mol.oneplan.query.consistency.ReadYourWrites;

/**
 * Every query of the query API takes {@code minPosition} (read your own writes), which no handler declares because
 * {@link ReadYourWrites} reads it before the handler runs; without this the description would not show it.
 */
@Component
public class ReadYourWritesInApi implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (ProblemsInApi.isQuery(handler)) {
            operation.addParametersItem(new Parameter().in("query").name(ReadYourWrites.MIN_POSITION).required(false)
                    .schema(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ZERO).example(1042))
                    .description("Read your own writes: the Event-Position a command answered. The answer then includes"
                            + " that event (the query waits briefly for the read models), or is 503 not-yet-visible."));
        }
        return operation;
    }
}
