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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.query.QueryParameters;
import th.go.mol.oneplan.query.basis.Clocks;

import java.util.Locale;

/**
 * The register's statistics per area: the nation, a province, a district, a subdistrict. Counters kept as the
 * events arrive, so an answer costs the same for ten workers or twenty million.
 */
@RestController
@Profile("!command")
@Tag(name = "Register statistics", description = "Informal workers registered and served, per area; no personal data")
public class RegisterStatisticsController {
    private static final String WHAT = " Registered workers (where they live now) by occupation, education, sex"
            + " (from the title), age band, need and problem; workers served at least once and their share;"
            + " services delivered by type and agency; the area's tambon centres (committee complete, plan"
            + " submitted, funded, open grievances and the oldest open one with its age in days); and its parts."
            + " No personal data. With asOf and/or recordedAsOf: the register's figures at that basis (workers where"
            + " they lived by then; the centres' standing is left out); `basis` states the clocks and the last event"
            + " included (docs/time-travel.md).";
    private static final String AS_OF = "A business date: what had happened by the end of that day, as the record"
            + " reads now (2019-09-30, 2562-09-30 or 30/09/2562)";
    private static final String RECORDED_AS_OF = "An instant: what the ledger said then, before later records"
            + " (2019-10-05T09:00:00Z, or a date: the end of that day in Thailand)";

    private final QueryGateway queryGateway;
    private final RegisterStatisticsQueries areas;

    public RegisterStatisticsController(QueryGateway queryGateway, RegisterStatisticsQueries areas) {
        this.queryGateway = queryGateway;
        this.areas = areas;
    }

    @GetMapping("/api/register/statistics")
    @Operation(operationId = "showNationalStatistics", summary = "The register's statistics for the whole country",
            description = "The national roll-up, with every province as a part." + WHAT
                    + " Inspectors and the ministry.")
    @ApiResponse(responseCode = "200", description = "The national statistics")
    public AreaStatistics nation(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                 @Parameter(description = RECORDED_AS_OF) @RequestParam(required = false)
                                 String recordedAsOf) {
        return statistics(AreaLevel.NATION, 0, QueryParameters.clocks(asOf, recordedAsOf));
    }

    @GetMapping("/api/register/statistics/provinces/{provinceCode}")
    @Operation(operationId = "showProvinceStatistics", summary = "The register's statistics of a province",
            description = "With every district of the province as a part." + WHAT + " Provincial officers and centre"
                    + " staff of the province, inspectors, the ministry. 400 for a code that is not 2 digits, 404"
                    + " for one that names no province.")
    @ApiResponse(responseCode = "200", description = "The province's statistics")
    public AreaStatistics province(@Parameter(description = "The province's 2-digit code, like 84")
                                   @PathVariable String provinceCode,
                                   @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                   @Parameter(description = RECORDED_AS_OF) @RequestParam(required = false)
                                   String recordedAsOf) {
        return statistics(AreaLevel.PROVINCE, QueryParameters.areaCode(provinceCode, "provinceCode", 2),
                QueryParameters.clocks(asOf, recordedAsOf));
    }

    @GetMapping("/api/register/statistics/districts/{districtCode}")
    @Operation(operationId = "showDistrictStatistics", summary = "The register's statistics of a district",
            description = "With its subdistricts that have workers or centres as parts." + WHAT + " Provincial"
                    + " officers and centre staff of the province, inspectors, the ministry. 400 for a code that is"
                    + " not 4 digits, 404 for one that names no district.")
    @ApiResponse(responseCode = "200", description = "The district's statistics")
    public AreaStatistics district(@Parameter(description = "The district's 4-digit code, like 8401")
                                   @PathVariable String districtCode,
                                   @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                   @Parameter(description = RECORDED_AS_OF) @RequestParam(required = false)
                                   String recordedAsOf) {
        return statistics(AreaLevel.DISTRICT, QueryParameters.areaCode(districtCode, "districtCode", 4),
                QueryParameters.clocks(asOf, recordedAsOf));
    }

    @GetMapping("/api/register/statistics/subdistricts/{subdistrictCode}")
    @Operation(operationId = "showSubdistrictStatistics", summary = "The register's statistics of a subdistrict",
            description = "A tambon's figures (no parts)." + WHAT + " Provincial officers and centre staff of the"
                    + " province, inspectors, the ministry. 400 for a code that is not 6 digits, 404 for one that"
                    + " names no subdistrict.")
    @ApiResponse(responseCode = "200", description = "The subdistrict's statistics")
    public AreaStatistics subdistrict(@Parameter(description = "The subdistrict's 6-digit code, like 840101")
                                      @PathVariable String subdistrictCode,
                                   @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                   @Parameter(description = RECORDED_AS_OF) @RequestParam(required = false)
                                   String recordedAsOf) {
        return statistics(AreaLevel.SUBDISTRICT, QueryParameters.areaCode(subdistrictCode, "subdistrictCode", 6),
                QueryParameters.clocks(asOf, recordedAsOf));
    }

    private AreaStatistics statistics(AreaLevel level, int code, Clocks clocks) {
        if (areas.names(level, code).isEmpty()) {
            throw new NotFound(level.name().toLowerCase(Locale.ROOT), "there is no "
                    + level.name().toLowerCase(Locale.ROOT) + " " + code + " in the Thai geography");
        }
        return queryGateway.query(new FindAreaStatistics(level, code, clocks),
                        ResponseTypes.instanceOf(AreaStatistics.class))
                .join();
    }
}
