package th.go.mol.oneplan.query.kpi;

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

/** A drive's KPI levels for inspectors. */
@RestController
@Profile("!command")
@RequestMapping("/api/drives")
@Tag(name = "KPI", description = "KPI A2: the five success levels of a drive and national roll-ups")
public class DriveKpiController {
    private final QueryGateway queryGateway;

    public DriveKpiController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/{driveId}/kpi")
    @Operation(summary = "Show a drive's five KPI levels",
            description = "For each level: reached or not, on which day, on which recorded acts and documents, every"
                    + " change (REACHED, EVIDENCE_EXTENDED when the level gained evidence on the same day, LOST) with"
                    + " who recorded it, and for a level not reached, what is missing. With asOf and/or recordedAsOf,"
                    + " the levels as the domain assesses the acts read at those clocks and the changes recorded by"
                    + " recordedAsOf and dated by asOf (docs/time-travel.md); the basis says which. 404 for an unknown"
                    + " drive; 400 naming asOf or recordedAsOf when malformed.")
    public DriveKpi kpi(@Parameter(description = "province code and BE fiscal year, e.g. 92-2562")
                        @PathVariable String driveId,
                        @Parameter(description = TimeTravelParameters.AS_OF)
                        @RequestParam(required = false) String asOf,
                        @Parameter(description = TimeTravelParameters.RECORDED_AS_OF)
                        @RequestParam(required = false) String recordedAsOf) {
        String id = DriveId.parse(driveId).toString();
        Clocks clocks = QueryParameters.clocks(asOf, recordedAsOf);
        return queryGateway.query(new FindDriveKpi(id, clocks), ResponseTypes.optionalInstanceOf(DriveKpi.class))
                .join()
                .orElseThrow(() -> new NotFound("drive", "there is no drive " + id));
    }
}
