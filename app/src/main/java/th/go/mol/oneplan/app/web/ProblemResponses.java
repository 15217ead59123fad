package th.go.mol.oneplan.app.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import th.go.mol.oneplan.command.sending.IdempotencyKeyReused;
import th.go.mol.oneplan.command.sending.StaleVersion;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.query.consistency.NotYetVisible;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.register.NationalIdAlreadyRegistered;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every refusal as an RFC 9457 problem: 400 names each bad field and the rule it broke, 404 says what is
 * unknown, 409 names the business rule. Anything unexpected is a 500 with an incident id to quote, and its
 * details stay in the log, never in the answer.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    /** How Axon names the stream in an AggregateStreamCreationException: "aggregate identifier [pilot-84-2563]". */
    private static final Pattern STREAM_ID = Pattern.compile("aggregate identifier \\[([^\\]]{1,200})\\]");
    static final String INVALID_INPUT = "urn:oneplan:problem:invalid-input";
    static final String RULE = "urn:oneplan:rule:";

    @Value("${oneplan.http.max-body-bytes:262144}")
    private long maxBodyBytes;

    private final FirewallRejections firewallRejections;

    public ProblemResponses(FirewallRejections firewallRejections) {
        this.firewallRejections = firewallRejections;
    }

    @ExceptionHandler(InvalidValue.class)
    public ProblemDetail invalidValue(InvalidValue e) {
        return invalid(List.of(new FieldError(e.field(), e.rule(), e.getMessage())));
    }

    @ExceptionHandler(RuleViolation.class)
    public ProblemDetail ruleViolation(RuleViolation e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create(RULE + e.rule()));
        problem.setTitle("A rule was not met");
        problem.setProperty("rule", e.rule());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        if (e instanceof NationalIdAlreadyRegistered registered) {
            // Where to turn: the holding centre, and nothing about the person.
            problem.setProperty("centreId", registered.holdingCentreId());
        }
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    public ProblemDetail idempotencyKeyReused(IdempotencyKeyReused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setType(URI.create(RULE + "idempotency-key-reused"));
        problem.setTitle("Idempotency-Key already used for another request");
        problem.setProperty("rule", "idempotency-key-reused");
        return problem;
    }

    @ExceptionHandler(StaleVersion.class)
    public ResponseEntity<ProblemDetail> staleVersion(StaleVersion e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create(RULE + "stale-version"));
        problem.setTitle("The drive changed since you read it");
        problem.setProperty("rule", "stale-version");
        problem.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag("\"" + e.currentVersion() + "\"").body(problem);
    }

    @ExceptionHandler(NotYetVisible.class)
    public ResponseEntity<ProblemDetail> notYetVisible(NotYetVisible e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setType(URI.create(RULE + "not-yet-visible"));
        problem.setTitle("Your write is not in the read models yet");
        problem.setProperty("rule", "not-yet-visible");
        problem.setProperty("position", e.position());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler(NotFound.class)
    public ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setProperty("what", e.what());
        return problem;
    }

    /** A command to an aggregate that has no events: named by the kind its id's prefix says. */
    @ExceptionHandler(AggregateNotFoundException.class)
    public ProblemDetail unknownAggregate(AggregateNotFoundException e) {
        String id = String.valueOf(e.getAggregateIdentifier());
        return notFound(switch (AggregateKind.of(id)) {
            case PILOT_PROGRAMME -> new NotFound("programme", "no pilot programme " + id + " has been declared");
            case TAMBON_CENTRE -> new NotFound("centre", "no tambon centre " + id + " has been established");
            case REGISTERED_WORKER -> new NotFound("worker", "no worker " + id + " is in the register");
            case DRIVE -> new NotFound("drive", "no drive " + id + " has been started");
        });
    }

    /**
     * Creating an aggregate whose id already has events: the unique key of the event store refused the append.
     * Axon names the id only in the message, so the kind is read from there (a drive when it cannot be).
     */
    @ExceptionHandler(AggregateStreamCreationException.class)
    public ProblemDetail alreadyCreated(AggregateStreamCreationException e) {
        Matcher m = STREAM_ID.matcher(String.valueOf(e.getMessage()));
        String id = m.find() ? m.group(1) : null;
        return ruleViolation(switch (AggregateKind.of(id)) {
            case PILOT_PROGRAMME -> new RuleViolation("programme-already-declared",
                    "the pilot programme " + id + " is already declared");
            case TAMBON_CENTRE -> new RuleViolation("centre-already-established",
                    "the tambon centre " + id + " is already established; send another centreId for another centre");
            case REGISTERED_WORKER -> new RuleViolation("worker-already-registered",
                    "the worker " + id + " is already registered; send another workerId for another worker");
            case DRIVE -> new RuleViolation("drive-already-started",
                    "this province's drive for that fiscal year is already started");
        });
    }

    @ExceptionHandler(ConcurrencyException.class)
    public ProblemDetail concurrentChange(ConcurrencyException e) {
        return ruleViolation(new RuleViolation("concurrent-change",
                "the drive was changed by another request at the same moment; read it again and retry"));
    }

    @ExceptionHandler({CommandExecutionException.class, QueryExecutionException.class, CompletionException.class})
    public ResponseEntity<Object> wrapped(Exception e, WebRequest request) throws Exception {
        Throwable cause = e.getCause();
        if (e instanceof CommandExecutionException cee && cee.getDetails().isPresent()
                && cee.getDetails().get() instanceof Throwable t) {
            cause = t;
        }
        if (cause instanceof InvalidValue iv) {
            return ResponseEntity.badRequest().body(invalidValue(iv));
        }
        if (cause instanceof RuleViolation rv) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(ruleViolation(rv));
        }
        if (cause instanceof NotFound nf) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound(nf));
        }
        if (cause instanceof AggregateNotFoundException anf) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(unknownAggregate(anf));
        }
        if (cause instanceof AggregateStreamCreationException asc) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(alreadyCreated(asc));
        }
        if (cause instanceof ConcurrencyException ce) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(concurrentChange(ce));
        }
        return ResponseEntity.internalServerError().body(unexpected(e));
    }

    /** The firewall refuses a header when it is first read, which may be here rather than in the filter chain. */
    @ExceptionHandler(RequestRejectedException.class)
    public void rejected(RequestRejectedException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        firewallRejections.handle(request, response, e);
    }

    @ExceptionHandler(Exception.class)
    public ProblemDetail unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure, incident {}", incident, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. Nothing was recorded by it. Quote incident " + incident + ".");
        problem.setTitle("Unexpected error");
        problem.setProperty("incident", incident);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(fieldErrors(e.getBindingResult())));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(err -> errors.add(new FieldError(name,
                    rule(err.getCodes() == null || err.getCodes().length == 0 ? "invalid" : last(err.getCodes())),
                    err.getDefaultMessage())));
        }
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimit.BodyTooLarge) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                        "request bodies are limited to " + maxBodyBytes + " bytes");
                problem.setType(URI.create("urn:oneplan:problem:body-too-large"));
                problem.setTitle("Request too large");
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
            }
        }
        Throwable cause = e.getCause();
        FieldError error;
        if (cause instanceof InvalidValue iv) {
            error = new FieldError(iv.field(), iv.rule(), iv.getMessage());
        } else if (cause instanceof JsonParseException p && p.getMessage() != null
                && p.getMessage().startsWith("Duplicate field")) {
            String field = p.getProcessor() != null ? JsonPaths.of(p.getProcessor().getParsingContext()) : "body";
            error = new FieldError(field, "duplicate-key", "'" + field + "' is given more than once");
        } else if (cause instanceof MismatchedInputException m && m.getMessage() != null
                && m.getMessage().startsWith("Trailing token")) {
            error = new FieldError("body", "trailing-content", "the body has more after its JSON value");
        } else if (cause instanceof UnrecognizedPropertyException u) {
            error = new FieldError(path(u), "unknown-field", "'" + u.getPropertyName() + "' is not a field of this request");
        } else if (cause instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            error = new FieldError(path(f), "one-of", "'" + f.getValue() + "' is not one of "
                    + java.util.Arrays.toString(f.getTargetType().getEnumConstants()) + " (names, not numbers)");
        } else if (cause instanceof InvalidFormatException f) {
            error = new FieldError(path(f), "format", "'" + f.getValue() + "' is not a valid "
                    + f.getTargetType().getSimpleName() + originalMessage(f));
        } else if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            error = new FieldError(path(m), "type", "the value has the wrong type or form" + originalMessage(m));
        } else if (cause instanceof JsonProcessingException) {
            error = new FieldError("body", "json", "the body is not well-formed JSON");
        } else {
            error = new FieldError("body", "required", "a JSON body is required");
        }
        return ResponseEntity.badRequest().body(invalid(List.of(error)));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
                                                        HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(name, "type",
                "'" + e.getValue() + "' is not a valid value for " + name))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(e.getParameterName(), "required",
                "the query parameter " + e.getParameterName() + " is required"))));
    }

    private static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid");
        problem.setType(URI.create(INVALID_INPUT));
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
        List<FieldError> errors = new ArrayList<>();
        result.getFieldErrors().forEach(f -> errors.add(new FieldError(f.getField(), rule(f.getCode()),
                f.getField() + " " + f.getDefaultMessage())));
        result.getGlobalErrors().forEach(g -> errors.add(new FieldError(g.getObjectName(), rule(g.getCode()),
                g.getDefaultMessage())));
        return errors;
    }

    /** Bean Validation's constraint name as a rule code: NotBlank becomes not-blank. */
    private static String rule(String code) {
        if (code == null) {
            return "invalid";
        }
        return code.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String last(String[] codes) {
        return codes[codes.length - 1];
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String originalMessage(JsonMappingException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.contains(":") && message.length() < 300) {
            int colon = message.lastIndexOf(": ");
            return colon > 0 ? " (" + message.substring(colon + 2) + ")" : "";
        }
        return "";
    }
}
