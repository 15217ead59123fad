package th.go.mol.oneplan.command.http;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;
import th.go.mol.oneplan.drive.DriveId;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns an HTTP request into a command: who records it (header {@code X-Recorded-By}, to be replaced by the
 * authenticated principal), when (the server's clock, not the client's), and the client's command id
 * ({@code Idempotency-Key}, or a fresh one). Sends it and answers 201 with the recorded event's id.
 */
@Component
@Profile("!query")
public class CommandSender {
    public static final String RECORDED_BY = "X-Recorded-By";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String UNIDENTIFIED = "unidentified-user";
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{L}\\p{M}\\p{N}@._\\- ]{1,100}");

    private final CommandGateway commandGateway;
    private final Clock clock;
    private final HttpServletRequest request;

    public CommandSender(CommandGateway commandGateway, Clock clock, HttpServletRequest request) {
        this.commandGateway = commandGateway;
        this.clock = clock;
        this.request = request;
    }

    public ResponseEntity<Recorded> send(String driveId, Function<Recording, DriveCommand> command) {
        DriveId.parse(driveId);
        Object eventId = commandGateway.sendAndWait(command.apply(recording()));
        String id = eventId instanceof String s && s.contains("/") ? s : driveId + "/1";
        return ResponseEntity.status(HttpStatus.CREATED).body(new Recorded(driveId, id));
    }

    private Recording recording() {
        String recordedBy = header(RECORDED_BY, UNIDENTIFIED);
        String commandId = header(IDEMPOTENCY_KEY, UUID.randomUUID().toString());
        return new Recording(recordedBy, clock.instant(), commandId);
    }

    private String header(String name, String fallback) {
        String value = request.getHeader(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!HEADER_VALUE.matcher(value.strip()).matches()) {
            throw new InvalidValue(name, "header-format",
                    name + " is 1 to 100 letters, digits, spaces or @ . _ -");
        }
        return value.strip();
    }
}
