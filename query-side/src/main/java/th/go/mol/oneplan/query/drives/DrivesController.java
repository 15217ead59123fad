package th.go.mol.oneplan.query.drives;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.query.QueryParameters;

/** Lists the provinces' drives of a fiscal year. */
@RestController
@Profile("!command")
@RequestMapping("/api/drives")
@Tag(name = "Drives", description = "Province drives as recorded, corrections applied")
public class DrivesController {
    private final QueryGateway queryGateway;

    public DrivesController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping
    @Operation(summary = "List the drives of a fiscal year",
            description = "One entry per province that opened a drive, ordered by province code, with the lead"
                    + " officer and the current KPI level.")
    public DrivesOfFiscalYear drivesOfFiscalYear(
            @Parameter(description = "Buddhist Era fiscal year, 2540 to 2700, e.g. 2562", required = true)
            @RequestParam(required = false) String fiscalYear) {
        int year = QueryParameters.fiscalYear(fiscalYear).beYear();
        return queryGateway.query(new FindDrivesOfFiscalYear(year), ResponseTypes.instanceOf(DrivesOfFiscalYear.class))
                .join();
    }
}
