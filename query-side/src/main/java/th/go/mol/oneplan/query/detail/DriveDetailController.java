package th.go.mol.oneplan.query.detail;

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
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.query.QueryParameters;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.travel.TimeTravelParameters;

/** One drive's dossier. */
@RestController
@Profile("!command")
@RequestMapping("/api/drives")
@Tag(name = "Drives")
public class DriveDetailController {
    private final QueryGateway queryGateway;

    public DriveDetailController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/{driveId}")
    @Operation(summary = "Show a drive as it reads now",
            description = "Working group, meetings, One Plan versions, field visits, inspections, reports and the"
                    + " One Goal summary, with every correction applied and marked. With asOf and/or recordedAsOf, the"
                    + " drive as read at those clocks (docs/time-travel.md); the basis says which. 404 for an unknown"
                    + " drive, or one not started at the clocks asked for; 400 naming asOf or recordedAsOf when"
                    + " malformed.")
    public DriveDetail drive(@Parameter(description = "province code and BE fiscal year, e.g. 92-2562")
                             @PathVariable String driveId,
                             @Parameter(description = TimeTravelParameters.AS_OF)
                             @RequestParam(required = false) String asOf,
                             @Parameter(description = TimeTravelParameters.RECORDED_AS_OF)
                             @RequestParam(required = false) String recordedAsOf) {
        String id = DriveId.parse(driveId).toString();
        Clocks clocks = QueryParameters.clocks(asOf, recordedAsOf);
        return queryGateway.query(new FindDriveDetail(id, clocks), ResponseTypes.optionalInstanceOf(DriveDetail.class))
                .join()
                .orElseThrow(() -> TimeTravelParameters.noDrive(id, clocks));
    }
}
