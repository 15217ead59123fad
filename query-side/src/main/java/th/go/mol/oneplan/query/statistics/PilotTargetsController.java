package th.go.mol.oneplan.query.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.centre.PilotProgrammeId;
import th.go.mol.oneplan.common.NotFound;

/** The pilot programme's measure of success: at least 30% of each pilot tambon's registered workers served. */
@RestController
@Profile("!command")
@Tag(name = "Register statistics", description = "Informal workers registered and served, per area; no personal data")
public class PilotTargetsController {
    private final QueryGateway queryGateway;

    public PilotTargetsController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/pilot-programmes/{programmeId}/targets")
    @Operation(operationId = "showPilotTargets", summary = "Each pilot tambon of a programme against the 30% target",
            description = "For every pilot tambon designated in the programme (one per district): its registered"
                    + " workers (living there now), those who received at least one service (once each), the share"
                    + " in percent with one decimal (servedSharePercent, null while nobody is registered), the target"
                    + " (targetPercent 30) and whether the exact share meets it (met). tambonsMeetingTarget counts"
                    + " them. Provincial officers and centre staff of the province, inspectors, the ministry. 404 for"
                    + " an unknown programme.")
    @ApiResponse(responseCode = "200", description = "The programme's pilot tambons against the target")
    public PilotTargets targets(@Parameter(description = "The programme, like pilot-84-2563")
                                @PathVariable String programmeId) {
        String id = PilotProgrammeId.parse(programmeId, "programmeId").toString();
        return queryGateway.query(new FindPilotTargets(id), ResponseTypes.optionalInstanceOf(PilotTargets.class))
                .join()
                .orElseThrow(() -> new NotFound("pilot programme", "there is no pilot programme " + id));
    }
}
