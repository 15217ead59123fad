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
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.drive.DriveId;

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
                    + " One Goal summary, with every correction applied and marked. 404 for an unknown drive.")
    public DriveDetail drive(@Parameter(description = "province code and BE fiscal year, e.g. 92-2562")
                             @PathVariable String driveId) {
        String id = DriveId.parse(driveId).toString();
        return queryGateway.query(new FindDriveDetail(id), ResponseTypes.optionalInstanceOf(DriveDetail.class))
                .join()
                .orElseThrow(() -> new NotFound("drive", "there is no drive " + id));
    }
}
