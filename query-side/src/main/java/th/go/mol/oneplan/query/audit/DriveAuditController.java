package th.go.mol.oneplan.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.query.QueryParameters;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.travel.TimeTravelParameters;

/** A drive's audit trail for inspectors. */
@RestController
@Profile("!command")
@RequestMapping("/api/drives")
@Tag(name = "Audit", description = "Every recorded event of a drive, in the order it was recorded")
public class DriveAuditController {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    private final QueryGateway queryGateway;

    public DriveAuditController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/{driveId}/audit")
    @Operation(summary = "Page through a drive's audit trail",
            description = "One entry per event in stream order: what was recorded, the business date, who recorded"
                    + " it when and with which command id, late records, records made long after their business date"
                    + " (retroactive), corrections and the KPI changes they caused. With asOf and/or recordedAsOf, only"
                    + " the events dated by asOf and recorded by recordedAsOf (docs/time-travel.md); the basis says"
                    + " which. 404 for an unknown drive; 400 naming asOf or recordedAsOf when malformed.")
    public DriveAudit audit(@Parameter(description = "province code and BE fiscal year, e.g. 92-2562")
                            @PathVariable String driveId,
                            @Parameter(description = "page number from 0") @RequestParam(required = false) String page,
                            @Parameter(description = "entries per page, 1 to 200, default 50")
                            @RequestParam(required = false) String size,
                            @Parameter(description = TimeTravelParameters.AS_OF)
                            @RequestParam(required = false) String asOf,
                            @Parameter(description = TimeTravelParameters.RECORDED_AS_OF)
                            @RequestParam(required = false) String recordedAsOf) {
        String id = DriveId.parse(driveId).toString();
        int pageNumber = QueryParameters.inRange(page, "page", 0, 0, Integer.MAX_VALUE);
        int pageSize = QueryParameters.inRange(size, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        Clocks clocks = QueryParameters.clocks(asOf, recordedAsOf);
        return queryGateway.query(new FindDriveAudit(id, pageNumber, pageSize, clocks),
                        ResponseTypes.optionalInstanceOf(DriveAudit.class))
                .join()
                .orElseThrow(() -> new NotFound("drive", "there is no drive " + id));
    }
}
