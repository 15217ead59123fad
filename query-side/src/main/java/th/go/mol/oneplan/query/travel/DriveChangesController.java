package th.go.mol.oneplan.query.travel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.query.QueryParameters;
import th.go.mol.oneplan.query.basis.Clocks;

import java.time.Clock;
import java.time.Instant;

/** What changed in a drive's record between two bases, e.g. between an inspection visit and the summary. */
@RestController
@Profile("!command")
@RequestMapping("/api/drives")
@Tag(name = "Time travel", description = "A drive's record as it read at another time, and what changed since")
public class DriveChangesController {
    private static final String INSTANT = "instant with its offset (2019-10-05T09:00:00Z, 2019-10-05T16:00:00+07:00)"
            + " or a date (the end of that day in Thailand)";

    private final QueryGateway queryGateway;
    private final Clock clock;

    public DriveChangesController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
        this.clock = Clock.systemUTC();
    }

    @GetMapping("/{driveId}/changes")
    @Operation(summary = "List what changed in a drive's record between two bases",
            description = "The acts recorded after from and by to, the corrections recorded in that time (each"
                    + " corrected field before and after), and the KPI levels gained, lost or moved between the record"
                    + " as it stood at from and at to; each with when and by whom it was recorded, its business date"
                    + " and whether it was recorded long after that date (retroactive); and both bases"
                    + " (docs/time-travel.md). 404 for an unknown drive; 400 naming from or to when missing or"
                    + " malformed, or when from is after to.")
    @ApiResponse(responseCode = "200", description = "The changes between the two bases")
    public DriveChanges changes(@Parameter(description = "province code and BE fiscal year, e.g. 92-2562")
                                @PathVariable String driveId,
                                @Parameter(description = "the first basis (required): " + INSTANT, required = true)
                                @RequestParam(required = false) String from,
                                @Parameter(description = "the second basis: " + INSTANT + "; now if absent")
                                @RequestParam(required = false) String to) {
        String id = DriveId.parse(driveId).toString();
        if (from == null) {
            throw new InvalidValue("from", "required", "from is required: the first basis, " + INSTANT);
        }
        Instant since = QueryParameters.instant(from, "from");
        Instant until = to == null ? clock.instant() : QueryParameters.instant(to, "to");
        if (since.isAfter(until)) {
            throw new InvalidValue("from", "before-to", "from (" + since + ") must not be after to (" + until + ")");
        }
        return queryGateway.query(new FindDriveChanges(id, since, until),
                        ResponseTypes.optionalInstanceOf(DriveChanges.class))
                .join()
                .orElseThrow(() -> TimeTravelParameters.noDrive(id, Clocks.NOW));
    }
}
