package th.go.mol.oneplan.command.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;
import th.go.mol.oneplan.drive.DriveId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an HTTP request into a command and sends it, so that nothing acknowledged is ever lost or doubled:
 * <ul>
 * <li>who records it (the authenticated user, whatever the client claims), when (the server's clock), and the
 * client's command id ({@code Idempotency-Key}, or a fresh one);</li>
 * <li>with an {@code Idempotency-Key}, the first answer is stored in the same transaction that appends the
 * events: a retry gets that answer back and appends nothing, and a key reused for another request is refused;</li>
 * <li>with {@code If-Match: "n"}, the command applies only to version n of the drive (its number of events);
 * without it, a command that lost a race with another writer is retried on the fresh drive, so no update is
 * lost and no rule is checked against a stale drive.</li>
 * </ul>
 */
@Component
@Profile("!query")
public class CommandSender {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IF_MATCH = "If-Match";
    static final String UNIDENTIFIED = "unidentified-user";
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{L}\\p{M}\\p{N}@._\\-: ]{1,100}");
    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,12})\"?");
    private static final int ATTEMPTS_WITHOUT_IF_MATCH = 3;

    private final CommandGateway commandGateway;
    private final Clock clock;
    private final HttpServletRequest request;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    public CommandSender(CommandGateway commandGateway, Clock clock, HttpServletRequest request, JdbcTemplate jdbc,
                         PlatformTransactionManager transactionManager, ObjectMapper json) {
        this.commandGateway = commandGateway;
        this.clock = clock;
        this.request = request;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.json = json;
    }

    public ResponseEntity<Recorded> send(String driveId, Object body, Function<Recording, DriveCommand> command) {
        DriveId.parse(driveId);
        return record(driveId, body, command::apply);
    }

    /**
     * Sends a command to any aggregate, with the same guarantees as to a drive: {@code aggregateId} must already
     * be checked (it names the lock and the event stream whose length is the version), and {@code answer} turns
     * what was recorded into the response body (the stored first answer of an Idempotency-Key is the
     * {@link Recorded}, so a retry gets the same body).
     */
    public <R> ResponseEntity<R> sendTo(String aggregateId, Object body, Function<Recording, Object> command,
                                        Function<Recorded, R> answer) {
        return view(record(aggregateId, body, command), answer);
    }

    private static <R> ResponseEntity<R> view(ResponseEntity<Recorded> recorded, Function<Recorded, R> answer) {
        return ResponseEntity.status(recorded.getStatusCode()).headers(recorded.getHeaders())
                .body(answer.apply(recorded.getBody()));
    }

    private ResponseEntity<Recorded> record(String driveId, Object body, Function<Recording, Object> command) {
        Principal user = request.getUserPrincipal();
        String principal = user != null ? user.getName() : UNIDENTIFIED;
        String key = header(IDEMPOTENCY_KEY, null);
        Long expectedVersion = expectedVersion();
        Recording recording = new Recording(principal, clock.instant(), key != null ? key : UUID.randomUUID().toString());
        if (key == null) {
            return answer(sendWithRetries(driveId, expectedVersion, command.apply(recording)));
        }
        String fingerprint = fingerprint(body, expectedVersion);
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(tx -> {
                    boolean first = jdbc.update("insert into idempotent_request (principal, idempotency_key, "
                            + "request_fingerprint, drive_id) values (?, ?, ?, ?) on conflict do nothing",
                            principal, key, fingerprint, driveId) == 1;
                    if (!first) {
                        return firstAnswer(principal, key, fingerprint);
                    }
                    Recorded recorded = sendOnce(driveId, expectedVersion, command.apply(recording));
                    jdbc.update("update idempotent_request set response_status = ?, response_body = ?, "
                                    + "response_version = ? where principal = ? and idempotency_key = ?",
                            HttpStatus.CREATED.value(), write(recorded), recorded.version(), principal, key);
                    return answer(recorded);
                });
            } catch (RuntimeException e) {
                if (!retryable(e, expectedVersion, attempt)) {
                    throw e;
                }
            }
        }
    }

    private Recorded sendWithRetries(String driveId, Long expectedVersion, Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(tx -> sendOnce(driveId, expectedVersion, command));
            } catch (RuntimeException e) {
                if (!retryable(e, expectedVersion, attempt)) {
                    throw e;
                }
            }
        }
    }

    /** Another writer appended first. Without If-Match the client did not pin a version: try again on the new one. */
    private static boolean retryable(RuntimeException e, Long expectedVersion, int attempt) {
        if (expectedVersion != null || attempt >= ATTEMPTS_WITHOUT_IF_MATCH) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AggregateStreamCreationException) {
                return false;
            }
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    /**
     * One attempt, inside the caller's transaction: the version check, the command, the version after it. Commands
     * to one drive take turns on a transaction-scoped PostgreSQL lock, held until commit and shared by every node,
     * so no other command can slip in between the check and the append.
     */
    private Recorded sendOnce(String driveId, Long expectedVersion, Object command) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", driveId);
        if (expectedVersion != null) {
            long current = currentVersion(driveId);
            if (current != expectedVersion) {
                throw new StaleVersion(driveId, expectedVersion, current);
            }
        }
        Object result = commandGateway.sendAndWait(command);
        String eventId = result instanceof String s && s.contains("/") ? s : driveId + "/1";
        return new Recorded(driveId, eventId, currentVersion(driveId));
    }

    /** The drive's version: how many events its stream holds (0 before it is started). */
    private long currentVersion(String driveId) {
        Long last = jdbc.queryForObject("select max(sequencenumber) from domainevententry where aggregateidentifier = ?",
                Long.class, driveId);
        return last == null ? 0 : last + 1;
    }

    private ResponseEntity<Recorded> firstAnswer(String principal, String key, String fingerprint) {
        List<ResponseEntity<Recorded>> stored = jdbc.query("select request_fingerprint, response_status, response_body "
                + "from idempotent_request where principal = ? and idempotency_key = ?", (rs, n) -> {
            if (!rs.getString("request_fingerprint").equals(fingerprint)) {
                throw new IdempotencyKeyReused(key);
            }
            Recorded recorded = read(rs.getString("response_body"));
            return ResponseEntity.status(rs.getInt("response_status")).eTag(etag(recorded.version()))
                    .header("Idempotent-Replayed", "true").body(recorded);
        }, principal, key);
        return stored.get(0);
    }

    private static ResponseEntity<Recorded> answer(Recorded recorded) {
        return ResponseEntity.status(HttpStatus.CREATED).eTag(etag(recorded.version())).body(recorded);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private Long expectedVersion() {
        String value = request.getHeader(IF_MATCH);
        if (value == null || value.isBlank() || value.strip().equals("*")) {
            return null;
        }
        Matcher m = VERSION.matcher(value.strip());
        if (!m.matches()) {
            throw new InvalidValue(IF_MATCH, "version", "If-Match names the drive version you read, like \"12\"");
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

    private Recorded read(String body) {
        try {
            return json.readValue(body, Recorded.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer is not a Recorded", e);
        }
    }

    private String header(String name, String fallback) {
        String value = request.getHeader(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!HEADER_VALUE.matcher(value.strip()).matches()) {
            throw new InvalidValue(name, "header-format",
                    name + " is 1 to 100 letters, digits, spaces or @ . _ - :");
        }
        return value.strip();
    }
}
