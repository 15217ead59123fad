package th.go.mol.oneplan.query.centres;

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
import th.go.mol.oneplan.centre.CentreIds;
import th.go.mol.oneplan.centre.PilotProgrammeId;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.query.QueryParameters;

/** Reads of pilot programmes and tambon centres: a programme's district coverage, a centre, a province's list. */
@RestController
@Profile("!command")
@Tag(name = "Tambon centres", description = "Tambon centres for informal workers: their committees and mentors")
public class TambonCentresController {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    private final QueryGateway queryGateway;

    public TambonCentresController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/pilot-programmes/{programmeId}")
    @Operation(operationId = "showPilotProgramme", summary = "Show a pilot programme and its district coverage",
            description = "The programme (province, fiscal year, name, declared on, the event that declared it) and"
                    + " every district of its province with its pilot tambon and centre, or none; districtsCovered of"
                    + " districts tells how far the programme has come (one pilot per district). Provincial officers"
                    + " and centre staff of the province, inspectors, the ministry. 404 for an unknown programme.")
    @ApiResponse(responseCode = "200", description = "The programme and its coverage")
    public ProgrammeCoverage programme(@Parameter(description = "The programme, like pilot-84-2563")
                                       @PathVariable String programmeId) {
        String id = PilotProgrammeId.parse(programmeId, "programmeId").toString();
        return queryGateway.query(new FindProgrammeCoverage(id),
                        ResponseTypes.optionalInstanceOf(ProgrammeCoverage.class))
                .join()
                .orElseThrow(() -> new NotFound("pilot programme", "there is no pilot programme " + id));
    }

    @GetMapping("/api/tambon-centres/{centreId}")
    @Operation(operationId = "showTambonCentre", summary = "Show a tambon centre, its committee and mentors",
            description = "The centre (subdistrict, district, province, venue, established on, pilot, programme), its"
                    + " committee as it reads after every amendment (members, roles, labour volunteer and"
                    + " local-government flags) with committeeComplete (one chair, a labour volunteer, a"
                    + " local-government representative), and its core-team mentors. Provincial officers of the"
                    + " province, the centre's own staff, inspectors, the ministry. 404 for an unknown centre.")
    @ApiResponse(responseCode = "200", description = "The centre")
    public CentreDetail centre(@Parameter(description = "The centre, like centre-840101-2563")
                               @PathVariable String centreId) {
        String id = CentreIds.inPath(centreId);
        return queryGateway.query(new FindTambonCentre(id), ResponseTypes.optionalInstanceOf(CentreDetail.class))
                .join()
                .orElseThrow(() -> new NotFound("tambon centre", "there is no tambon centre " + id));
    }

    @GetMapping("/api/tambon-centres")
    @Operation(operationId = "listTambonCentres", summary = "Page through a province's tambon centres",
            description = "The centres of the province in subdistrict order, each with its committee's size and"
                    + " completeness and its mentors' count; optionally only those of one fiscal year's programme or"
                    + " only pilots (pilot=true) or only the others. Provincial officers and centre staff of the"
                    + " province, inspectors, the ministry.")
    @ApiResponse(responseCode = "200", description = "A page of centres, perhaps empty")
    public CentresPage centres(@Parameter(description = "The province's 2-digit code, like 84", required = true)
                               @RequestParam(required = false) String provinceCode,
                               @Parameter(description = "Only the centres of this BE fiscal year's programme")
                               @RequestParam(required = false) String fiscalYear,
                               @Parameter(description = "true: only pilots; false: only the others")
                               @RequestParam(required = false) String pilot,
                               @Parameter(description = "page number from 0") @RequestParam(required = false) String page,
                               @Parameter(description = "centres per page, 1 to 200, default 50")
                               @RequestParam(required = false) String size) {
        if (provinceCode == null || provinceCode.isBlank()) {
            throw new InvalidValue("provinceCode", "required", "provinceCode is required: the province's 2-digit"
                    + " code, like 84");
        }
        int province = QueryParameters.inRange(provinceCode, "provinceCode", 0, 10, 99);
        Integer year = fiscalYear == null || fiscalYear.isBlank() ? null
                : QueryParameters.fiscalYear(fiscalYear).beYear();
        Boolean onlyPilots = flag(pilot);
        int pageNumber = QueryParameters.inRange(page, "page", 0, 0, Integer.MAX_VALUE);
        int pageSize = QueryParameters.inRange(size, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        return queryGateway.query(new FindCentresOfProvince(province, year, onlyPilots, pageNumber, pageSize),
                        ResponseTypes.instanceOf(CentresPage.class))
                .join();
    }

    private static Boolean flag(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidValue("pilot", "boolean", "pilot is true or false, got '" + text + "'");
        };
    }
}
