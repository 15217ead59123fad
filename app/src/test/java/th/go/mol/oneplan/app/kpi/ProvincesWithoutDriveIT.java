package th.go.mol.oneplan.app.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national KPI roll-up names the provinces that have not started a drive in the year, so that an inspector
 * sees who has not started: Narathiwat (96) starts its FY 2568 drive and drops off the list; every province is
 * then either on it or among the year's drives, never both, never neither.
 */
class ProvincesWithoutDriveIT extends LedgerIntegrationTest {
    private static final String NARATHIWAT_2568 = "/api/drives/96-2568";
    private static boolean started;

    @Test
    void a_province_that_starts_its_drive_leaves_the_list_and_every_other_province_is_named_on_it() {
        givenNarathiwatStartedItsDrive();

        JsonNode rollup = awaitGet("/api/kpi/rollup?fiscalYear=2568",
                r -> !codes(r.get("withoutDrive")).contains(96) && r.get("drives").asInt() >= 1);

        Set<Integer> withDrive = new TreeSet<>();
        get("/api/drives?fiscalYear=2568").body().get("drives")
                .forEach(d -> withDrive.add(d.get("provinceCode").asInt()));
        List<Integer> without = codes(rollup.get("withoutDrive"));
        assertThat(withDrive).contains(96);
        assertThat(without).isSorted().doesNotContainAnyElementsOf(withDrive);
        assertThat(rollup.get("provincesWithoutDrive").asInt()).isEqualTo(without.size())
                .isEqualTo(77 - rollup.get("drives").asInt());
        Set<Integer> everyProvince = new TreeSet<>(without);
        everyProvince.addAll(withDrive);
        assertThat(everyProvince).isEqualTo(new TreeSet<>(provinceNames().keySet()));
        rollup.get("withoutDrive").forEach(p -> assertThat(p.get("provinceNameTh").asText())
                .isEqualTo(provinceNames().get(p.get("provinceCode").asInt())));
    }

    @Test
    void in_a_year_nobody_started_all_77_provinces_are_named() {
        JsonNode rollup = get("/api/kpi/rollup?fiscalYear=2541").body();

        assertThat(rollup.get("drives").asInt()).isZero();
        assertThat(rollup.get("provincesWithoutDrive").asInt()).isEqualTo(77);
        assertThat(rollup.get("withoutDrive")).hasSize(77);
        JsonNode bangkok = rollup.get("withoutDrive").get(0);
        assertThat(bangkok.get("provinceCode").asInt()).isEqualTo(10);
        assertThat(bangkok.get("provinceNameTh").asText()).isEqualTo("กรุงเทพมหานคร");
        assertThat(bangkok.get("provinceNameEn").asText()).isEqualTo("Bangkok");
    }

    @Test
    void the_list_is_national_as_the_roll_up_is_every_role_reads_the_same() {
        givenNarathiwatStartedItsDrive();
        JsonNode asInspector = awaitGet("/api/kpi/rollup?fiscalYear=2568",
                r -> !codes(r.get("withoutDrive")).contains(96));

        for (Login anyone : List.of(userWith("rollup-officer-84@test", Role.PROVINCIAL_OFFICER, 84, null),
                userWith("rollup-staff@test", Role.CENTRE_STAFF, null, 840101), admin())) {
            Reply reply = exchange(HttpMethod.GET, "/api/kpi/rollup?fiscalYear=2568", null, anyone.basic());
            assertThat(reply.status()).as(anyone.username()).isEqualTo(200);
            assertThat(reply.body().get("withoutDrive")).as(anyone.username())
                    .isEqualTo(asInspector.get("withoutDrive"));
        }
    }

    private synchronized void givenNarathiwatStartedItsDrive() {
        if (!started && getStatus(NARATHIWAT_2568) != 200) {
            Answer answer = post("/api/drives", json("{'provinceCode':96,'fiscalYear':2568,'leadOfficer':{'name':'L',"
                    + "'position':'P'},'leadAssignedOn':'2024-10-15'}"), "narathiwat-officer@test");
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        }
        started = true;
    }

    private Map<Integer, String> provinceNames() {
        Map<Integer, String> names = new HashMap<>();
        get("/api/geography/provinces").body().get("provinces")
                .forEach(p -> names.put(p.get("code").asInt(), p.get("nameTh").asText()));
        return names;
    }

    private static List<Integer> codes(JsonNode provinces) {
        List<Integer> codes = new ArrayList<>();
        provinces.forEach(p -> codes.add(p.get("provinceCode").asInt()));
        return codes;
    }
}
