package th.go.mol.oneplan.app.security.personaldata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.query.QueryParameters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** MINISTRY_ADMIN: who read whose unmasked personal data, when and why. */
@RestController
@Tag(name = "Personal data", description = "MINISTRY_ADMIN: the audit of reads of unmasked personal data")
public class PersonalDataAccessController {
    /** Dates without a time are days in Thailand. */
    static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    private final PersonalDataAccessLog log;

    public PersonalDataAccessController(PersonalDataAccessLog log) {
        this.log = log;
    }

    @GetMapping("/api/admin/personal-data-access")
    @Operation(summary = "Page through the reads of unmasked personal data, newest first",
            description = "Who read which drive's unmasked personal data, when, and the reason they gave (docs/security.md).")
    public PersonalDataAccessPage accesses(
            @Parameter(description = "from this day (2025-01-31, a day in Thailand) or instant (2025-01-31T08:00:00Z), inclusive")
            @RequestParam(required = false) String from,
            @Parameter(description = "up to this day, inclusive, or before this instant")
            @RequestParam(required = false) String to,
            @Parameter(description = "only reads by this user") @RequestParam(required = false) String accessedBy,
            @Parameter(description = "page number from 0") @RequestParam(required = false) String page,
            @Parameter(description = "entries per page, 1 to 200, default 50") @RequestParam(required = false) String size) {
        Instant start = instant(from, "from", false);
        Instant end = instant(to, "to", true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidValue("to", "after-from", "to must be after from");
        }
        int pageNumber = QueryParameters.inRange(page, "page", 0, 0, 1_000_000);
        int pageSize = QueryParameters.inRange(size, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        String user = accessedBy == null || accessedBy.isBlank() ? null : accessedBy.strip();
        return log.find(start, end, user, pageNumber, pageSize);
    }

    /** A day (the start of it, or for an inclusive end the start of the next) or an instant with its offset. */
    private static Instant instant(String text, String field, boolean endOfRange) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.strip().length() == 10) {
                LocalDate day = LocalDate.parse(text.strip());
                return (endOfRange ? day.plusDays(1) : day).atStartOfDay(THAILAND).toInstant();
            }
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValue(field, "date", field + " is a day like 2025-01-31 or an instant like "
                    + "2025-01-31T08:00:00Z, got '" + text + "'");
        }
    }
}
