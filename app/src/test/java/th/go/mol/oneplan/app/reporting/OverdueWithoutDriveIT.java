package th.go.mol.oneplan.app.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue list keeps the provinces that never started: FY 2568's rules make the October-November report due
 * on 3 December 2024 and December's on 5 January 2025. On 10 January Satun (91), which started its drive and sent
 * nothing, has its two reports in the list; every province without a drive is there once, reason no-drive, owing
 * the same two.
 */
class OverdueWithoutDriveIT extends LedgerIntegrationTest {
    private static final String RULES_2568 = "/api/fiscal-years/2568/reporting-rules";
    private static final String SATUN_2568 = "/api/drives/91-2568";
    private static boolean given;

    @Test
    void on_10_january_each_province_without_a_drive_owes_its_two_reports_and_is_listed_once() {
        givenFy2568RulesAndSatunsDrive();

        JsonNode overdue = awaitGet("/api/reporting/overdue?fiscalYear=2568&asOf=2025-01-10",
                r -> !provinceCodes(r.get("withoutDrive")).contains(91));

        List<String> satun = new ArrayList<>();
        overdue.get("reports").forEach(r -> {
            if (r.get("provinceCode").asInt() == 91) {
                satun.add(r.get("periodFrom").asText() + ":" + r.get("dueDate").asText() + ":"
                        + r.get("daysOverdue").asLong());
            }
        });
        assertThat(satun).containsExactly("2024-10:2024-12-03:38", "2024-12:2025-01-05:5");

        Set<Integer> withDrive = new TreeSet<>();
        get("/api/drives?fiscalYear=2568").body().get("drives")
                .forEach(d -> withDrive.add(d.get("provinceCode").asInt()));
        JsonNode withoutDrive = overdue.get("withoutDrive");
        List<Integer> without = provinceCodes(withoutDrive);
        assertThat(without).isSorted().doesNotHaveDuplicates().doesNotContainAnyElementsOf(withDrive);
        assertThat(without.size() + withDrive.size()).isEqualTo(77);
        assertThat(withoutDrive).allSatisfy(p -> {
            assertThat(p.get("reason").asText()).isEqualTo("no-drive");
            assertThat(p.get("reportsDue").asInt()).isEqualTo(2);
            assertThat(p.get("firstDueDate").asText()).isEqualTo("2024-12-03");
            assertThat(p.get("daysOverdue").asLong()).isEqualTo(38);
            assertThat(p.get("provinceNameTh").asText()).isNotBlank();
        });
        assertThat(overdue.get("reports").findValuesAsText("provinceCode").stream().map(Integer::valueOf).toList())
                .as("a province with no drive has no report entries").doesNotContainAnyElementsOf(without);
    }

    @Test
    void before_the_first_report_is_due_nobody_owes_anything() {
        givenFy2568RulesAndSatunsDrive();

        JsonNode overdue = get("/api/reporting/overdue?fiscalYear=2568&asOf=2024-12-03").body();

        assertThat(overdue.get("reports")).isEmpty();
        assertThat(overdue.get("withoutDrive")).isEmpty();
    }

    @Test
    void the_list_is_national_as_before_a_provincial_officer_reads_it_whole() {
        givenFy2568RulesAndSatunsDrive();
        String path = "/api/reporting/overdue?fiscalYear=2568&asOf=2025-01-10";
        JsonNode asInspector = awaitGet(path, r -> !provinceCodes(r.get("withoutDrive")).contains(91));

        Reply asOfficer = exchange(HttpMethod.GET, path, null,
                userWith("overdue-officer-84@test", Role.PROVINCIAL_OFFICER, 84, null).basic());

        assertThat(asOfficer.status()).isEqualTo(200);
        assertThat(asOfficer.body().get("withoutDrive")).isEqualTo(asInspector.get("withoutDrive"));
    }

    private synchronized void givenFy2568RulesAndSatunsDrive() {
        if (!given && get(RULES_2568).status() == 404) {
            Reply declared = exchange(HttpMethod.POST, RULES_2568, json("{'letterNumber':'รง 0209.2/ว1234',"
                    + "'letterDate':'2567-11-22','forms':['62-1','62-3'],'firstPeriodFrom':'2024-10',"
                    + "'firstPeriodTo':'2024-11','firstDueDate':'2024-12-03','monthlyDueDay':5,'reason':null}"),
                    admin().basic());
            assertThat(declared.status()).as("%s", declared.body()).isEqualTo(201);
        }
        awaitGet(RULES_2568, r -> r.path("inForce").path("version").asInt() == 1);
        if (!given && getStatus(SATUN_2568) != 200) {
            Answer started = post("/api/drives", json("{'provinceCode':91,'fiscalYear':2568,'leadOfficer':{'name':'L',"
                    + "'position':'P'},'leadAssignedOn':'2024-10-15'}"), "satun-officer@test");
            assertThat(started.status()).as("%s", started.body()).isEqualTo(201);
        }
        given = true;
    }

    private static List<Integer> provinceCodes(JsonNode provinces) {
        List<Integer> codes = new ArrayList<>();
        provinces.forEach(p -> codes.add(p.get("provinceCode").asInt()));
        return codes;
    }
}
