package th.go.mol.oneplan.app.geography;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.geography.District;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.PlaceSearch;
import th.go.mol.oneplan.geography.Province;
import th.go.mol.oneplan.query.QueryParameters;

/**
 * The official geography the ledger checks codes against, for clients to find the codes they must send: the
 * provinces, a province's districts, a district's subdistricts, and places by name. It is reference data, not a
 * read model, so every node serves it (a command node too) and it never lags behind the events.
 */
@RestController
@RequestMapping("/api/geography")
@Tag(name = "Geography", description = "The official provinces, districts and subdistricts, and their codes")
public class GeographyController {
    private final Geography geography;
    private final PlaceSearch search;

    public GeographyController(Geography geography) {
        this.geography = geography;
        this.search = new PlaceSearch(this.geography);
    }

    @GetMapping("/provinces")
    @Operation(operationId = "listProvinces", summary = "List the 77 provinces with their codes",
            description = "Every province (จังหวัด) by its official 2-digit code, with its Thai and English name."
                    + " Any caller with a role.")
    @ApiResponse(responseCode = "200", description = "The provinces, by code")
    public GeographyProvinces provinces() {
        var provinces = geography.provinces().stream().map(GeographyProvince::of).toList();
        return new GeographyProvinces(provinces.size(), provinces);
    }

    @GetMapping("/provinces/{provinceCode}/districts")
    @Operation(operationId = "listDistrictsOfProvince", summary = "List a province's districts with their codes",
            description = "Every district (อำเภอ/เขต) of the province by its official 4-digit code, which starts with"
                    + " the province's. 400 area-code for a code that is not 2 digits, 404 (what: province) for one"
                    + " that names no province. Any caller with a role.")
    @ApiResponse(responseCode = "200", description = "The province and its districts, by code")
    public ProvinceDistricts districts(@Parameter(description = "The province's 2-digit code, like 92 (Trang)")
                                       @PathVariable String provinceCode) {
        Province province = province(QueryParameters.areaCode(provinceCode, "provinceCode", 2));
        var districts = geography.districtsOf(province.code()).stream().map(GeographyDistrict::of).toList();
        return new ProvinceDistricts(GeographyProvince.of(province), districts.size(), districts);
    }

    @GetMapping("/districts/{districtCode}/subdistricts")
    @Operation(operationId = "listSubdistrictsOfDistrict", summary = "List a district's subdistricts with their codes",
            description = "Every subdistrict (ตำบล/แขวง) of the district by its official 6-digit code, which starts"
                    + " with the district's: the code a tambon centre, a pilot site or a worker's address takes."
                    + " 400 area-code for a code that is not 4 digits, 404 (what: district) for one that names no"
                    + " district. Any caller with a role.")
    @ApiResponse(responseCode = "200", description = "The district, its province and its subdistricts, by code")
    public DistrictSubdistricts subdistricts(@Parameter(description = "The district's 4-digit code, like 9201"
                                                     + " (Mueang Trang)")
                                             @PathVariable String districtCode) {
        int code = QueryParameters.areaCode(districtCode, "districtCode", 4);
        District district = geography.district(code)
                .orElseThrow(() -> new NotFound("district", "there is no district " + code + " in the Thai geography"));
        var subdistricts = geography.subdistrictsOf(code).stream().map(GeographySubdistrict::of).toList();
        return new DistrictSubdistricts(GeographyDistrict.of(district),
                GeographyProvince.of(province(district.provinceCode())), subdistricts.size(), subdistricts);
    }

    @GetMapping("/search")
    @Operation(operationId = "searchPlaces", summary = "Find provinces, districts and subdistricts by name",
            description = "Places whose Thai or English name contains q, best first: a whole name, then a name's"
                    + " start, then anywhere inside; provinces before districts before subdistricts; then by code."
                    + " English case, spaces, hyphens, dots and apostrophes do not count (nayong finds Na Yong),"
                    + " and a leading จังหวัด, อำเภอ, เขต, ตำบล or แขวง in q is dropped. Each place comes with the"
                    + " codes of the district and province it lies in. At most limit places are shown; total says"
                    + " how many matched and truncated whether some were left out. 400 naming q (required,"
                    + " min-length: 2 letters or digits, max-length: 100) or limit (whole-number, range 1 to 100)."
                    + " Any caller with a role.")
    @ApiResponse(responseCode = "200", description = "The places found, best first (none is not an error)")
    public GeographySearch search(@Parameter(description = "Part of a Thai or English name, at least 2 letters,"
                                          + " like ตรัง, Trang or nayong", required = true)
                                  @RequestParam(required = false) String q,
                                  @Parameter(description = "The most places to show, 1 to 100; 20 if absent")
                                  @RequestParam(required = false) String limit) {
        int most = QueryParameters.inRange(limit, "limit", PlaceSearch.DEFAULT_LIMIT, 1, PlaceSearch.MAX_LIMIT);
        PlaceSearch.Found found = search.find(q, "q", most);
        return new GeographySearch(q.strip(), most, found.total(), found.total() > found.places().size(),
                found.places().stream().map(GeographyPlace::of).toList());
    }

    private Province province(int code) {
        return geography.province(code)
                .orElseThrow(() -> new NotFound("province", "there is no province " + code + " in the Thai geography"));
    }
}
