package th.go.mol.oneplan.query.rollup;

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

/** The national KPI roll-up. */
@RestController
@Profile("!command")
@RequestMapping("/api/kpi")
@Tag(name = "KPI")
public class KpiRollupController {
    private final QueryGateway queryGateway;

    public KpiRollupController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/rollup")
    @Operation(operationId = "kpiRollup", summary = "Count the provinces' drives of a fiscal year by KPI level",
            description = "How many of the 77 provinces opened a drive, how many drives stand at each level 0"
                    + " to 5, and which provinces have not opened one (withoutDrive, by code).")
    public KpiRollup rollup(@Parameter(description = "Buddhist Era fiscal year, 2540 to 2700, e.g. 2562", required = true)
                            @RequestParam(required = false) String fiscalYear) {
        int year = QueryParameters.fiscalYear(fiscalYear).beYear();
        return queryGateway.query(new FindKpiRollup(year), ResponseTypes.instanceOf(KpiRollup.class)).join();
    }
}
