package th.go.mol.oneplan.command.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.command.sending.CommandContext;
import th.go.mol.oneplan.command.sending.LedgerCommands;
import th.go.mol.oneplan.command.sending.Outcome;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;
import th.go.mol.oneplan.drive.DriveId;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side of sending a command: it reads from the request what {@link LedgerCommands} needs to know of the
 * sender (a {@link CommandContext}) and turns the outcome into the answer.
 * <ul>
 * <li>who records it: the authenticated user, whatever the client claims; when: the server's clock;</li>
 * <li>{@code Idempotency-Key}: the sender's key, with a fingerprint of the request (method, path, If-Match and
 * body), so a retry gets the first answer back ({@code Idempotent-Replayed: true}) and the key with another
 * request is refused;</li>
 * <li>{@code If-Match: "n"}: the version the client read.</li>
 * </ul>
 * The answer is 201 with {@code {driveId, eventId, version}} and {@code ETag: "version"}.
 */
@Component
@Profile("!query")
public class CommandSender {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IF_MATCH = "If-Match";
    /**
     * The answer's header naming the event-store position of what the command recorded; a query given it as
     * {@code minPosition} reflects the command (read your own writes, docs/time-travel.md).
     */
    public static final String EVENT_POSITION = "Event-Position";
    static final String UNIDENTIFIED = "unidentified-user";
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{L}\\p{M}\\p{N}@._\\-: ]{1,100}");
    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,12})\"?");

    private final LedgerCommands ledger;
    private final Clock clock;
    private final HttpServletRequest request;
    private final ObjectMapper json;

    public CommandSender(LedgerCommands ledger, Clock clock, HttpServletRequest request, ObjectMapper json) {
        this.ledger = ledger;
        this.clock = clock;
        this.request = request;
        this.json = json;
    }

    public ResponseEntity<Recorded> send(String driveId, Object body, Function<Recording, DriveCommand> command) {
        DriveId.parse(driveId);
        return answer(ledger.send(driveId, context(body), command::apply));
    }

    /**
     * Sends a command to any aggregate, with the same guarantees as to a drive: {@code aggregateId} must already
     * be checked (it names the lock and the event stream whose length is the version), and {@code answer} turns
     * what was recorded into the response body (the 201, ETag and Idempotent-Replayed are as for a drive).
     */
    public <R> ResponseEntity<R> sendTo(String aggregateId, Object body, Function<Recording, Object> command,
                                        Function<Outcome, R> answer) {
        Outcome outcome = ledger.send(aggregateId, context(body), command);
        ResponseEntity<Recorded> recorded = answer(outcome);
        return ResponseEntity.status(recorded.getStatusCode()).headers(recorded.getHeaders())
                .body(answer.apply(outcome));
    }

    /** The answer of a command that created something, with {@code Location} naming where it now is. */
    public static <R> ResponseEntity<R> createdAt(ResponseEntity<R> answer, Function<R, String> location) {
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .location(URI.create(location.apply(answer.getBody()))).body(answer.getBody());
    }

    private CommandContext context(Object body) {
        Principal user = request.getUserPrincipal();
        CommandContext context = CommandContext.by(user != null ? user.getName() : UNIDENTIFIED, clock.instant())
                .ifAtVersion(expectedVersion());
        String key = idempotencyKey();
        return key == null ? context : context.withIdempotencyKey(key, fingerprint(body, context.expectedVersion()));
    }

    private static ResponseEntity<Recorded> answer(Outcome outcome) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.CREATED).eTag("\"" + outcome.version() + "\"");
        if (outcome.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        if (outcome.position() != null) {
            answer.header(EVENT_POSITION, Long.toString(outcome.position()));
        }
        return answer.body(new Recorded(outcome.aggregateId(), outcome.eventId(), outcome.version()));
    }

    private Long expectedVersion() {
        String value = request.getHeader(IF_MATCH);
        if (value == null || value.isBlank() || value.strip().equals("*")) {
            return null;
        }
        Matcher m = VERSION.matcher(value.strip());
        if (!m.matches()) {
            throw new InvalidValue(IF_MATCH, "version", "If-Match names the version you read (an earlier answer's ETag), like \"12\"");
        }
        return Long.parseLong(m.group(1));
    }

    /** What makes two requests the same request: method, path, the If-Match sent, and the body's content. */
    private String fingerprint(Object body, Long expectedVersion) {
        String canonical = request.getMethod() + " " + request.getRequestURI() + "\n" + expectedVersion + "\n" + write(body);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private String idempotencyKey() {
        String value = request.getHeader(IDEMPOTENCY_KEY);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!HEADER_VALUE.matcher(value.strip()).matches()) {
            throw new InvalidValue(IDEMPOTENCY_KEY, "header-format",
                    IDEMPOTENCY_KEY + " is 1 to 100 letters, digits, spaces or @ . _ - :");
        }
        return value.strip();
    }
}
