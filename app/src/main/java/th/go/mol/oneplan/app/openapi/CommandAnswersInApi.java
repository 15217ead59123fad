package th.go.mol.oneplan.app.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import th.go.mol.oneplan.command.http.CommandSender;

/**
 * What every command of the command side has in common, because CommandSender gives it: it takes
 * {@code Idempotency-Key} and {@code If-Match}, and answers 201 with {@code ETag: "<version>"} (a retry with the
 * same key answers the first answer again, with {@code Idempotent-Replayed: true}). springdoc cannot see this
 * from a handler returning {@code ResponseEntity}, so it would say 200. A controller adds what is its own, e.g.
 * {@code Location} on the start of a drive, with {@code @ApiResponse(responseCode = "201", headers = ...)}.
 */
@Component
public class CommandAnswersInApi implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!ProblemsInApi.isCommand(handler)) {
            return operation;
        }
        ApiResponses responses = operation.getResponses();
        ApiResponse ok = responses.remove("200");
        ApiResponse created = responses.get("201");
        if (created == null) {
            created = ok == null ? new ApiResponse() : ok;
            responses.addApiResponse("201", created);
        } else if (created.getContent() == null && ok != null) {
            created.setContent(ok.getContent());
        }
        if (created.getDescription() == null || created.getDescription().isBlank()
                || created.getDescription().equals("OK") || created.getDescription().equals("Created")) {
            created.setDescription("Recorded: the drive (or centre, programme, year), the id of the event that records"
                    + " the act, and its version after it. Also the answer to a retry with the same Idempotency-Key.");
        }
        created.addHeaderObject("ETag", new Header().required(true).schema(new StringSchema().example("\"5\""))
                .description("The version after the command (the number of events of the drive, centre, programme or"
                        + " year), quoted; send it back as If-Match"));
        created.addHeaderObject(CommandSender.EVENT_POSITION, new Header().required(true)
                .schema(new StringSchema().pattern("^[0-9]+$").example("1042"))
                .description("The event-store position of what was recorded: give it as minPosition to a query to read"
                        + " your own write (the query waits briefly until its read models include it)"));
        created.addHeaderObject("Idempotent-Replayed", new Header().schema(new StringSchema()._enum(java.util.List.of("true")))
                .description("Present on a retry with the same Idempotency-Key: the first answer, nothing recorded again"));
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(p -> "path".equals(p.getIn()) && "driveId".equals(p.getName()) && p.getDescription() == null)
                    .forEach(p -> p.description("The drive: province code and BE fiscal year").example("92-2562"));
        }
        operation.addParametersItem(new Parameter().in("header").name(CommandSender.IDEMPOTENCY_KEY).required(false)
                .schema(new StringSchema().maxLength(100).example("9b2f6c1e-retry-safe"))
                .description("Your own id for this command (1 to 100 letters, digits, spaces or @ . _ - :). A retry with"
                        + " the same key answers the first answer and records nothing twice; the same key with another"
                        + " request is refused (422)."));
        operation.addParametersItem(new Parameter().in("header").name(CommandSender.IF_MATCH).required(false)
                .schema(new StringSchema().example("\"4\""))
                .description("Apply only if what you write to is still at this version (an earlier answer's ETag); otherwise"
                        + " 409 stale-version with currentVersion."));
        return operation;
    }
}
