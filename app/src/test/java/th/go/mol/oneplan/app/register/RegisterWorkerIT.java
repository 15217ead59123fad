package th.go.mol.oneplan.app.register;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.app.vault.PersonalDataVault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nan (55) keeps a register of its informal workers at two tambon centres of Mueang Nan, over HTTP: workers are
 * registered, updated, moved and served; answers show their personal data masked, an inspector reads it unmasked
 * with a reason (recorded), and a worker's erasure leaves every personal field null while the worker stays
 * counted. No other test uses province 55.
 */
class RegisterWorkerIT extends LedgerIntegrationTest {
    private static final String PROGRAMME = "pilot-55-2563";
    private static final String NAI_WIANG = "centre-550101-2563";
    private static final String PHA_SING = "centre-550102-2563";

    private Login officer;

    @Autowired
    PersonalDataVault vault;

    @BeforeEach
    void nanHasTwoCentres() {
        officer = userWith("officer@nan-register", Role.PROVINCIAL_OFFICER, 55, null);
        Answer declared = post("/api/pilot-programmes", json("{'provinceCode':55,'fiscalYear':2563,"
                + "'name':'โครงการนำร่องศูนย์ฯ จังหวัดน่าน','declaredOn':'2019-10-20'}"));
        if (declared.status() == 409) {
            return;
        }
        assertThat(declared.status()).as("%s", declared.body()).isEqualTo(201);
        for (int tambon : List.of(550101, 550102)) {
            Answer established = post("/api/tambon-centres", json("{'subdistrictCode':" + tambon + ","
                    + "'venue':{'kind':'VILLAGE_HALL','name':'ศาลาประชาคม'},'establishedOn':'2019-11-15',"
                    + "'pilot':false,'programmeId':'" + PROGRAMME + "'}"));
            assertThat(established.status()).as("%s: %s", tambon, established.body()).isEqualTo(201);
        }
    }

    @Test
    void a_worker_registered_updated_moved_and_served_reads_masked() {
        Map<String, String> key = Map.of("Idempotency-Key", "register-nan-1");
        String body = registration(null, nationalId("155010100001"), "0812345678", 550101);

        Reply first = as(officer, HttpMethod.POST, "/api/tambon-centres/" + NAI_WIANG + "/workers", body, key);
        Reply again = as(officer, HttpMethod.POST, "/api/tambon-centres/" + NAI_WIANG + "/workers", body, key);

        assertThat(first.status()).as("%s", first.body()).isEqualTo(201);
        String workerId = first.body().get("workerId").asText();
        assertThat(workerId).matches("worker-[0-9a-f-]{36}");
        assertThat(first.headers().getLocation()).hasToString("/api/workers/" + workerId);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("workerId").asText()).as("the resend names the first worker").isEqualTo(workerId);
        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");

        JsonNode worker = awaitGet("/api/workers/" + workerId, w -> true);
        assertThat(worker.get("nationalId").asText()).isEqualTo("x-xxxx-xxxxx-xx-" + nationalId("155010100001").charAt(12));
        assertThat(worker.get("firstName").asText()).isEqualTo("ส***");
        assertThat(worker.get("lastName").asText()).isEqualTo("ใ***");
        assertThat(worker.get("phone").asText()).isEqualTo("08x-xxx-5678");
        assertThat(worker.has("dateOfBirth")).isFalse();
        assertThat(worker.has("houseNumber")).isFalse();
        assertThat(worker.get("ageBand").asText()).isEqualTo("AGE_40_59");
        assertThat(worker.get("sex").asText()).isEqualTo("FEMALE");
        assertThat(worker.get("erased").asBoolean()).isFalse();
        assertThat(worker.toString()).doesNotContain("สมศรี", "ใจงาม", "5 หมู่");
        String row = jdbc.queryForList("select * from registered_worker where worker_id = ?", workerId).toString();
        assertThat(row).as("the read table holds no personal data").doesNotContain("สมศรี", "ใจงาม", "0812345678",
                nationalId("155010100001"), "1978");

        Reply updated = as(officer, HttpMethod.POST, "/api/workers/" + workerId + "/profile",
                json("{'phone':'089-765-4321','needs':['SKILLS_TRAINING']}"), Map.of());
        assertThat(updated.status()).as("%s", updated.body()).isEqualTo(201);
        Reply moved = as(officer, HttpMethod.POST, "/api/workers/" + workerId + "/moves",
                json("{'address':{'houseNumber':'9','villageNumber':2,'subdistrictCode':550102},'centreId':'"
                        + PHA_SING + "','movedOn':'2020-03-01'}"), Map.of());
        assertThat(moved.status()).as("%s", moved.body()).isEqualTo(201);
        String drive = startedDrive(55).substring("/api/drives/".length());
        Reply served = as(officer, HttpMethod.POST, "/api/workers/" + workerId + "/services",
                json("{'service':'SKILLS_TRAINING','agency':'SKILL_DEVELOPMENT_OFFICE','deliveredOn':'2020-03-10',"
                        + "'driveId':'" + drive + "'}"), Map.of());
        assertThat(served.status()).as("%s", served.body()).isEqualTo(201);

        JsonNode now = awaitGet("/api/workers/" + workerId, w -> w.get("services").asInt() == 1);
        assertThat(now.get("centreId").asText()).isEqualTo(PHA_SING);
        assertThat(now.get("subdistrictCode").asInt()).isEqualTo(550102);
        assertThat(now.get("phone").asText()).isEqualTo("08x-xxx-4321");
        assertThat(now.get("needs").toString()).isEqualTo("[\"SKILLS_TRAINING\"]");
        JsonNode list = awaitGet("/api/tambon-centres/" + PHA_SING + "/workers",
                page -> page.get("totalWorkers").asLong() >= 1);
        assertThat(list.get("workers").toString()).contains(workerId).doesNotContain("x-xxxx", "***");
        assertThat(get("/api/tambon-centres/" + NAI_WIANG + "/workers").body().get("workers").toString())
                .doesNotContain(workerId);
    }

    @Test
    void refusals_name_the_field_or_the_rule_and_record_nothing() {
        String good = nationalId("155010100002");
        String registered = post201(registration(null, good, null, 550101), NAI_WIANG);
        long before = eventsInStore();

        String badDigit = good.substring(0, 12) + ((good.charAt(12) - '0' + 1) % 10);
        Reply bad = as(officer, HttpMethod.POST, "/api/tambon-centres/" + NAI_WIANG + "/workers",
                registration(null, badDigit, null, 550101), Map.of());
        assertThat(bad.status()).as("%s", bad.body()).isEqualTo(400);
        assertThat(bad.body().get("errors").get(0).get("field").asText()).isEqualTo("nationalId");
        assertThat(bad.body().get("errors").get(0).get("rule").asText()).isEqualTo("national-id-check-digit");

        Reply twice = as(officer, HttpMethod.POST, "/api/tambon-centres/" + PHA_SING + "/workers",
                registration(null, good, null, 550102), Map.of());
        assertThat(twice.status()).as("%s", twice.body()).isEqualTo(409);
        assertThat(twice.body().get("rule").asText()).isEqualTo("national-id-registered");
        assertThat(twice.body().get("centreId").asText()).isEqualTo(NAI_WIANG);
        assertThat(twice.body().toString()).doesNotContain(good, "สมศรี", registered);

        Reply unknownCentre = as(officer, HttpMethod.POST, "/api/tambon-centres/centre-550103-2563/workers",
                registration(null, nationalId("155010100003"), null, 550103), Map.of());
        assertThat(unknownCentre.status()).as("%s", unknownCentre.body()).isEqualTo(404);
        assertThat(unknownCentre.body().get("what").asText()).isEqualTo("centre");

        Reply otherProvince = as(officer, HttpMethod.POST, "/api/tambon-centres/" + NAI_WIANG + "/workers",
                registration(null, nationalId("155010100004"), null, 570101), Map.of());
        assertThat(otherProvince.status()).as("%s", otherProvince.body()).isEqualTo(409);
        assertThat(otherProvince.body().get("rule").asText()).isEqualTo("centre-of-another-province");

        Reply unknownDrive = as(officer, HttpMethod.POST, "/api/workers/" + registered + "/services",
                json("{'service':'JOB_PLACEMENT','agency':'EMPLOYMENT_OFFICE','deliveredOn':'2020-03-10',"
                        + "'driveId':'55-2599'}"), Map.of());
        assertThat(unknownDrive.status()).as("%s", unknownDrive.body()).isEqualTo(409);
        assertThat(unknownDrive.body().get("rule").asText()).isEqualTo("unknown-drive");
        assertThat(unknownDrive.body().get("detail").asText()).contains("55-2599");

        Reply unknownWorker = as(officer, HttpMethod.POST, "/api/workers/worker-00000000-0000-4000-8000-000000000055"
                + "/profile", json("{'occupation':'TRADE'}"), Map.of());
        assertThat(unknownWorker.status()).as("%s", unknownWorker.body()).isEqualTo(404);
        assertThat(eventsInStore()).isEqualTo(before);
    }

    @Test
    void personal_data_is_read_unmasked_only_by_an_inspector_with_a_reason_and_the_read_is_recorded() {
        String workerId = post201(registration(null, nationalId("155010100005"), "021234567", 550101), NAI_WIANG);
        awaitGet("/api/workers/" + workerId, w -> true);
        Login inspector = userWith("inspector@nan-register", Role.INSPECTOR, null, null);
        Login chiangRai = userWith("officer@chiangrai-register", Role.PROVINCIAL_OFFICER, 57, null);
        String path = "/api/workers/" + workerId + "/personal-data";

        Reply masked = as(inspector, HttpMethod.GET, "/api/workers/" + workerId, null, Map.of());
        assertThat(masked.status()).isEqualTo(200);
        assertThat(masked.body().get("phone").asText()).isEqualTo("02-xxx-4567");
        assertThat(as(officer, HttpMethod.GET, "/api/workers/" + workerId, null, Map.of()).status()).isEqualTo(200);

        Reply unmasked = as(inspector, HttpMethod.GET, path, null,
                Map.of("X-Access-Reason", "checking a complaint about section 40 membership"));
        assertThat(unmasked.status()).as("%s", unmasked.body()).isEqualTo(200);
        assertThat(unmasked.body().get("nationalId").asText().replace("-", "")).isEqualTo(nationalId("155010100005"));
        assertThat(unmasked.body().get("firstName").asText()).isEqualTo("สมศรี");
        assertThat(unmasked.body().get("dateOfBirth").asText()).isEqualTo("1978-05-12");
        assertThat(unmasked.body().get("houseNumber").asText()).isEqualTo("5");
        assertThat(jdbc.queryForList("select accessed_by, subject_kind, reason, endpoint from personal_data_access"
                + " where subject_id = ?", workerId)).singleElement().satisfies(row -> {
            assertThat(row.get("accessed_by")).isEqualTo("inspector@nan-register");
            assertThat(row.get("subject_kind")).isEqualTo("informal-worker");
            assertThat(row.get("reason")).isEqualTo("checking a complaint about section 40 membership");
            assertThat(row.get("endpoint")).isEqualTo("GET " + path);
        });

        assertThat(as(inspector, HttpMethod.GET, path, null, Map.of()).status()).as("no reason").isEqualTo(400);
        Reply officerUnmasked = as(officer, HttpMethod.GET, path, null,
                Map.of("X-Access-Reason", "I would like to call this worker"));
        assertThat(officerUnmasked.status()).as("%s", officerUnmasked.body()).isEqualTo(403);
        Reply otherProvince = as(chiangRai, HttpMethod.GET, "/api/workers/" + workerId, null, Map.of());
        assertThat(otherProvince.status()).isEqualTo(403);
        assertThat(otherProvince.body().get("rule").asText()).isEqualTo("outside-scope");
        Reply otherProvinceMove = as(chiangRai, HttpMethod.POST, "/api/workers/" + workerId + "/moves",
                json("{'address':{'houseNumber':'1','subdistrictCode':570101},'centreId':'centre-570101-2563',"
                        + "'movedOn':'2020-03-01'}"), Map.of());
        assertThat(otherProvinceMove.status()).isEqualTo(403);
        assertThat(as(chiangRai, HttpMethod.GET, "/api/tambon-centres/" + NAI_WIANG + "/workers", null, Map.of())
                .status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from personal_data_access where subject_id = ?", Long.class,
                workerId)).isEqualTo(1);
    }

    @Test
    void an_erased_worker_reads_erased_stays_counted_and_is_moved_no_more() {
        String workerId = post201(registration(null, nationalId("155010100006"), "0812345678", 550101), NAI_WIANG);
        Reply erased = as(officer, HttpMethod.POST, "/api/workers/" + workerId + "/erasure",
                json("{'ground':'CONSENT_WITHDRAWN','requestedOn':'2020-04-01','reference':'คำร้อง 1/2563'}"),
                Map.of());
        assertThat(erased.status()).as("%s", erased.body()).isEqualTo(201);

        JsonNode worker = awaitGet("/api/workers/" + workerId, w -> w.get("erased").asBoolean());
        for (String field : List.of("nationalId", "firstName", "lastName", "phone")) {
            assertThat(worker.get(field).isNull()).as(field).isTrue();
        }
        assertThat(worker.get("erasedOn").asText()).isEqualTo("2020-04-01");
        assertThat(worker.get("ageBand").asText()).as("the counts keep the worker").isEqualTo("AGE_40_59");
        Login inspector = userWith("inspector@nan-register", Role.INSPECTOR, null, null);
        Reply unmasked = as(inspector, HttpMethod.GET, "/api/workers/" + workerId + "/personal-data", null,
                Map.of("X-Access-Reason", "checking the erasure was carried out"));
        assertThat(unmasked.status()).isEqualTo(200);
        assertThat(unmasked.body().get("erased").asBoolean()).isTrue();
        assertThat(unmasked.body().get("nationalId").isNull()).isTrue();
        assertThat(unmasked.body().get("firstName").isNull()).isTrue();

        Reply move = as(officer, HttpMethod.POST, "/api/workers/" + workerId + "/moves",
                json("{'address':{'houseNumber':'9','subdistrictCode':550102},'centreId':'" + PHA_SING + "',"
                        + "'movedOn':'2020-05-01'}"), Map.of());
        assertThat(move.status()).as("%s", move.body()).isEqualTo(409);
        assertThat(move.body().get("rule").asText()).isEqualTo("personal-data-erased");

        Reply again = as(officer, HttpMethod.POST, "/api/tambon-centres/" + PHA_SING + "/workers",
                registration(null, nationalId("155010100006"), null, 550102), Map.of());
        assertThat(again.status()).as("erasure releases the national id: %s", again.body()).isEqualTo(201);
    }

    @Test
    void the_read_side_folds_a_registration_without_opening_its_personal_data() {
        long openedBefore = vault.opened();

        String workerId = post201(registration(null, nationalId("155010100007"), "0812345678", 550101), NAI_WIANG);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM registered_worker WHERE worker_id = ?", Long.class,
                        workerId) == 1
                        && jdbc.queryForObject("SELECT count(*) FROM register_stats_worker WHERE worker_id = ?::uuid",
                        Long.class, workerId.substring("worker-".length())) == 1);
        assertThat(vault.opened() - openedBefore).as("personal data decrypted by registering and folding a worker")
                .isZero();
    }

    private String post201(String body, String centreId) {
        Reply registered = as(officer, HttpMethod.POST, "/api/tambon-centres/" + centreId + "/workers", body, Map.of());
        assertThat(registered.status()).as("%s", registered.body()).isEqualTo(201);
        return registered.body().get("workerId").asText();
    }

    private Reply as(Login login, HttpMethod method, String path, String body, Map<String, String> headers) {
        Consumer<HttpHeaders> auth = login.basic().andThen(h -> headers.forEach(h::set));
        return exchange(method, path, body, auth);
    }

    /** Nang Somsri, 41 on the registration day, with a phone or none, at an address in the subdistrict. */
    private static String registration(String workerId, String nationalId, String phone, int subdistrict) {
        return json("{" + (workerId == null ? "" : "'workerId':'" + workerId + "',") + "'nationalId':'" + nationalId
                + "','title':'MRS','firstName':'สมศรี','lastName':'ใจงาม','dateOfBirth':'1978-05-12',"
                + "'address':{'houseNumber':'5','villageNumber':3,'subdistrictCode':" + subdistrict + "},"
                + "'occupation':'CROP_FARMING','education':'PRIMARY'"
                + (phone == null ? "" : ",'phone':'" + phone + "'")
                + ",'problems':['LOW_INCOME'],'needs':['SOCIAL_SECURITY'],'lawfulBasis':{'basis':'CONSENT',"
                + "'consentedOn':'2020-02-01','purpose':'ทะเบียนแรงงานนอกระบบ'},'registeredOn':'2020-02-03'}");
    }

    /** A valid national id: the twelve digits and their check digit. */
    private static String nationalId(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (13 - i);
        }
        return twelve + (11 - sum % 11) % 10;
    }
}
