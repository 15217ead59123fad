package th.go.mol.oneplan.query.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.query.QueryParameters;
import th.go.mol.oneplan.query.travel.TimeTravelParameters;

/** Where the money went: one drive's budget, and the national roll-up of a fiscal year. */
@RestController
@Profile("!command")
@Tag(name = "Budget", description = "Allocations of the One Plan's projects and what was spent from them")
public class BudgetController {
    private final QueryGateway queryGateway;

    public BudgetController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/drives/{driveId}/budget")
    @Operation(summary = "Show a drive's budget: allocated, spent and remaining",
            description = "Totals (in baht with two decimals and in satang, and in Thai words as official letters"
                    + " write them), per project and each of its allocations (a cancelled allocation's amount is what"
                    + " it spent), per owner of money (an agency, or a partner by name) and per budget source, every"
                    + " reallocation with its reason; people reached (field visits' people reached plus activities'"
                    + " participants); spending by calendar month. With asOf and/or recordedAsOf, the figures of the acts"
                    + " read at those clocks (docs/time-travel.md); the basis says which. 404 for an unknown drive;"
                    + " 400 naming asOf or recordedAsOf when malformed.")
    public DriveBudgetView budget(@Parameter(description = "province code and BE fiscal year, e.g. 92-2562")
                                  @PathVariable String driveId,
                                  @Parameter(description = TimeTravelParameters.AS_OF)
                                  @RequestParam(required = false) String asOf,
                                  @Parameter(description = TimeTravelParameters.RECORDED_AS_OF)
                                  @RequestParam(required = false) String recordedAsOf) {
        String id = DriveId.parse(driveId).toString();
        FindDriveBudget query = new FindDriveBudget(id, QueryParameters.clocks(asOf, recordedAsOf));
        return queryGateway.query(query, ResponseTypes.optionalInstanceOf(DriveBudgetView.class))
                .join()
                .orElseThrow(() -> new NotFound("drive", "there is no drive " + id));
    }

    @GetMapping("/api/budget/rollup")
    @Operation(operationId = "budgetRollup", summary = "Show a fiscal year's budget across all provinces",
            description = "National totals (with Thai words), per owning agency (partners together as PARTNER), per"
                    + " budget source, spending by month, and each province's allocated, spent, remaining and people"
                    + " reached. With asOf and/or recordedAsOf, each drive's acts read at those clocks, and only the"
                    + " drives started in the record read (docs/time-travel.md); the basis says which. 400 naming"
                    + " asOf or recordedAsOf when malformed.")
    public BudgetRollup rollup(@Parameter(description = "Buddhist Era fiscal year, e.g. 2562", required = true)
                               @RequestParam(required = false) String fiscalYear,
                               @Parameter(description = TimeTravelParameters.AS_OF)
                               @RequestParam(required = false) String asOf,
                               @Parameter(description = TimeTravelParameters.RECORDED_AS_OF)
                               @RequestParam(required = false) String recordedAsOf) {
        FindBudgetRollup query = new FindBudgetRollup(QueryParameters.fiscalYear(fiscalYear).beYear(),
                QueryParameters.clocks(asOf, recordedAsOf));
        return queryGateway.query(query, ResponseTypes.instanceOf(BudgetRollup.class)).join();
    }
}
