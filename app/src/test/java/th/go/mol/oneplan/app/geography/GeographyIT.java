package th.go.mol.oneplan.app.geography;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client finds the codes it must send: the provinces, Trang's districts, Mueang Trang's subdistricts, and places
 * by their Thai or English name, through HTTP, as anyone with a role.
 */
class GeographyIT extends LedgerIntegrationTest {

    @Test
    void the_77_provinces_are_listed_by_code_with_their_thai_and_english_names() {
        JsonNode answer = get("/api/geography/provinces").body();

        assertThat(answer.get("count").asInt()).isEqualTo(77);
        assertThat(answer.get("provinces")).hasSize(77);
        List<Integer> codes = codes(answer.get("provinces"));
        assertThat(codes).isSorted().startsWith(10).endsWith(96);
        JsonNode trang = find(answer.get("provinces"), 92);
        assertThat(trang.get("nameTh").asText()).isEqualTo("ตรัง");
        assertThat(trang.get("nameEn").asText()).isEqualTo("Trang");
    }

    @Test
    void trangs_ten_districts_and_mueang_trangs_subdistricts_carry_the_codes_a_client_sends() {
        JsonNode districts = get("/api/geography/provinces/92/districts").body();

        assertThat(districts.at("/province/nameTh").asText()).isEqualTo("ตรัง");
        assertThat(districts.get("count").asInt()).isEqualTo(10);
        assertThat(codes(districts.get("districts")))
                .containsExactly(9201, 9202, 9203, 9204, 9205, 9206, 9207, 9208, 9209, 9210);
        assertThat(find(districts.get("districts"), 9201).get("nameEn").asText()).isEqualTo("Mueang Trang");
        assertThat(districts.get("districts")).allSatisfy(d -> assertThat(d.get("provinceCode").asInt()).isEqualTo(92));

        JsonNode subdistricts = get("/api/geography/districts/9201/subdistricts").body();
        assertThat(subdistricts.at("/district/nameTh").asText()).isEqualTo("เมืองตรัง");
        assertThat(subdistricts.at("/province/code").asInt()).isEqualTo(92);
        assertThat(subdistricts.get("count").asInt()).isEqualTo(subdistricts.get("subdistricts").size()).isEqualTo(15);
        JsonNode thapThiang = find(subdistricts.get("subdistricts"), 920101);
        assertThat(thapThiang.get("nameTh").asText()).isEqualTo("ทับเที่ยง");
        assertThat(thapThiang.get("districtCode").asInt()).isEqualTo(9201);
        assertThat(thapThiang.get("provinceCode").asInt()).isEqualTo(92);
        assertThat(codes(subdistricts.get("subdistricts"))).isSorted()
                .allSatisfy(code -> assertThat(code / 100).isEqualTo(9201));
    }

    @Test
    void a_place_is_found_by_its_thai_or_english_name_with_the_codes_of_its_district_and_province() {
        JsonNode thai = search("ตรัง", null);
        assertThat(thai.get("q").asText()).isEqualTo("ตรัง");
        JsonNode province = thai.get("places").get(0);
        assertThat(province.get("kind").asText()).isEqualTo("PROVINCE");
        assertThat(province.get("code").asInt()).isEqualTo(92);
        assertThat(province.has("districtCode")).as("a province lies in no district").isFalse();

        JsonNode english = search("mueang trang", null).get("places").get(0);
        assertThat(english.get("kind").asText()).isEqualTo("DISTRICT");
        assertThat(english.get("code").asInt()).isEqualTo(9201);
        assertThat(english.get("provinceCode").asInt()).isEqualTo(92);

        JsonNode tambon = search("THAP THIANG", null).get("places").get(0);
        assertThat(tambon.get("kind").asText()).isEqualTo("SUBDISTRICT");
        assertThat(tambon.get("code").asInt()).isEqualTo(920101);
        assertThat(tambon.get("districtCode").asInt()).isEqualTo(9201);
        assertThat(tambon.get("provinceCode").asInt()).isEqualTo(92);

        JsonNode none = search("Atlantis", null);
        assertThat(none.get("total").asInt()).isZero();
        assertThat(none.get("places")).isEmpty();
        assertThat(none.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void a_search_shows_at_most_its_limit_and_says_how_many_matched() {
        JsonNode capped = search("นา", "5");
        assertThat(capped.get("limit").asInt()).isEqualTo(5);
        assertThat(capped.get("places")).hasSize(5);
        assertThat(capped.get("total").asInt()).isGreaterThan(100);
        assertThat(capped.get("truncated").asBoolean()).isTrue();

        JsonNode byDefault = search("นา", null);
        assertThat(byDefault.get("limit").asInt()).isEqualTo(20);
        assertThat(byDefault.get("places")).hasSize(20);
        assertThat(byDefault.get("places").get(0)).isEqualTo(capped.get("places").get(0));
    }

    @Test
    void a_malformed_code_or_query_is_a_400_naming_the_field_and_the_rule() {
        assertInvalid("/api/geography/provinces/9/districts", "provinceCode", "area-code");
        assertInvalid("/api/geography/provinces/trang/districts", "provinceCode", "area-code");
        assertInvalid("/api/geography/districts/92011/subdistricts", "districtCode", "area-code");
        assertInvalid("/api/geography/search", "q", "required");
        assertInvalid("/api/geography/search?q=T", "q", "min-length");
        assertInvalid("/api/geography/search?q=" + "x".repeat(101), "q", "max-length");
        assertInvalid("/api/geography/search?q=Trang&limit=0", "limit", "range");
        assertInvalid("/api/geography/search?q=Trang&limit=101", "limit", "range");
        assertInvalid("/api/geography/search?q=Trang&limit=many", "limit", "whole-number");
        assertInvalid("/api/geography/search?q=Trang&page=2", "page", "unknown-parameter");
    }

    @Test
    void an_unknown_code_is_a_404_naming_what_is_unknown() {
        assertNotFound("/api/geography/provinces/99/districts", "province");
        assertNotFound("/api/geography/districts/9299/subdistricts", "district");
    }

    @Test
    void thai_digits_are_read_as_codes() {
        assertThat(get("/api/geography/provinces/๙๒/districts").body().get("count").asInt()).isEqualTo(10);
    }

    @Test
    void every_role_reads_the_geography_whatever_its_scope_and_no_one_without_credentials() {
        List<Login> everyone = List.of(userWith("geo-officer@test", Role.PROVINCIAL_OFFICER, 84, null),
                userWith("geo-staff@test", Role.CENTRE_STAFF, null, 840101),
                userWith("geo-inspector@test", Role.INSPECTOR, null, null), admin());
        for (Login anyone : everyone) {
            for (String path : List.of("/api/geography/provinces", "/api/geography/provinces/92/districts",
                    "/api/geography/districts/9201/subdistricts", "/api/geography/search?q=Trang")) {
                assertThat(exchange(HttpMethod.GET, path, null, anyone.basic()).status())
                        .as("%s as %s", path, anyone.username()).isEqualTo(200);
            }
        }
        Reply anonymous = exchange(HttpMethod.GET, "/api/geography/provinces", null, h -> { });
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private JsonNode search(String q, String limit) {
        // The client encodes the query string (Thai, spaces) itself.
        String path = "/api/geography/search?q=" + q + (limit == null ? "" : "&limit=" + limit);
        Answer answer = get(path);
        assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(200);
        return answer.body();
    }

    private void assertInvalid(String path, String field, String rule) {
        Answer answer = get(path);
        assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(400);
        JsonNode error = answer.body().get("errors").get(0);
        assertThat(error.get("field").asText()).as(path).isEqualTo(field);
        assertThat(error.get("rule").asText()).as(path).isEqualTo(rule);
    }

    private void assertNotFound(String path, String what) {
        Answer answer = get(path);
        assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(404);
        assertThat(answer.body().get("what").asText()).isEqualTo(what);
    }

    private static List<Integer> codes(JsonNode places) {
        List<Integer> codes = new ArrayList<>();
        places.forEach(p -> codes.add(p.get("code").asInt()));
        return codes;
    }

    private static JsonNode find(JsonNode places, int code) {
        for (JsonNode p : places) {
            if (p.get("code").asInt() == code) {
                return p;
            }
        }
        throw new AssertionError("no code " + code + " in " + places);
    }
}
